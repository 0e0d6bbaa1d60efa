package id.giliran.report.query;

import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A day's summary, or the sum of many days' summaries: the queue per clinic (a clinic's patients may
 * stand in more than one line, priority and general), registrations and BPJS. Adding days only adds
 * counts and joins the lists of waits, so a period's percentile is taken over all its waits.
 */
final class DaySummary {

    private final Map<String, QueueTally> clinics = new HashMap<>();
    private final RegistrationTally registrations = new RegistrationTally();
    private final BpjsTally bpjs = new BpjsTally();

    static DaySummary of(Document day) {
        DaySummary summary = new DaySummary();
        Document lines = day.get("queue", Document.class);
        if (lines != null) {
            for (Object line : lines.values()) {
                Document clinics = ((Document) line).get("clinics", Document.class);
                if (clinics != null) {
                    clinics.forEach((clinic, tally) -> summary.clinics
                            .computeIfAbsent(Keys.raw(clinic), code -> new QueueTally())
                            .add(QueueTally.of((Document) tally)));
                }
            }
        }
        Document registrations = day.get("registrations", Document.class);
        if (registrations != null) {
            summary.registrations.add(RegistrationTally.of(registrations));
        }
        Document bpjs = day.get("bpjs", Document.class);
        if (bpjs != null) {
            summary.bpjs.add(BpjsTally.of(bpjs));
        }
        return summary;
    }

    /** The ids (the day's service date and line) of the queue lines that have a summary on this day. */
    static List<String> lineIds(Document day) {
        Document lines = day.get("queue", Document.class);
        return lines == null ? List.of() : lines.keySet().stream().map(line -> day.getString("_id") + "|" + line)
                                                .toList();
    }

    DaySummary add(DaySummary other) {
        other.clinics.forEach((clinic, tally) -> clinics.computeIfAbsent(clinic, code -> new QueueTally()).add(tally));
        registrations.add(other.registrations);
        bpjs.add(other.bpjs);
        return this;
    }

    QueueFigures queue() {
        QueueTally total = new QueueTally();
        clinics.values().forEach(total::add);
        return total.figures();
    }

    List<ClinicFigures> clinics(Names names) {
        List<ClinicFigures> figures = new ArrayList<>();
        clinics.forEach((code, tally) -> figures.add(new ClinicFigures(code, names.clinic(code), tally.figures())));
        figures.sort(names.clinicOrder());
        return List.copyOf(figures);
    }

    RegistrationFigures registrations(Names names) {
        return registrations.figures(names::clinic, names::doctor);
    }

    BpjsFigures bpjs() {
        return bpjs.figures();
    }

    DayFigures figures(LocalDate date, Names names) {
        return new DayFigures(date, queue(), clinics(names), registrations(names), bpjs());
    }
}
