package id.giliran.report.export;

import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;

/** Null-safe reads of the report records, shared by the writers. */
final class Figures {

    private Figures() {
    }

    static QueueFigures orNone(QueueFigures queue) {
        return queue == null ? QueueFigures.NONE : queue;
    }

    static RegistrationFigures orNone(RegistrationFigures registrations) {
        return registrations == null ? RegistrationFigures.NONE : registrations;
    }

    static BpjsFigures orNone(BpjsFigures bpjs) {
        return bpjs == null ? BpjsFigures.NONE : bpjs;
    }

    /** Nothing happened on the dashboard's day: the same test as {@code PeriodReport.empty()}. */
    static boolean empty(DashboardView view) {
        QueueFigures q = orNone(view.queue());
        RegistrationFigures r = orNone(view.registrations());
        BpjsFigures b = orNone(view.bpjs());
        return q.tickets() == 0 && q.bookedNotArrived() == 0 && r.registrations() == 0 && r.cancelled() == 0
                && b.visits() == 0 && b.checks() == 0;
    }
}
