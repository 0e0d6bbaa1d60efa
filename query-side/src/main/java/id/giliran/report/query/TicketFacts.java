package id.giliran.report.query;

import id.giliran.api.queue.TicketArrivalConfirmedEvent;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketBookingCancelledEvent;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketDirectedToClinicEvent;
import id.giliran.api.queue.TicketFinishedEvent;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketRecalledEvent;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.queue.TicketSkippedEvent;
import id.giliran.api.queue.TicketStatus;
import org.bson.Document;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A ticket's facts as the statistics keep them, one entry per ticket in its queue line's document of the
 * day, and what each queue event changes in it. The wait is measured to the first call (a recall or a
 * second call after a skip does not restart it); a counter's current ticket is the one it called last.
 */
final class TicketFacts {

    static final String TICKETS = "tickets";
    static final String NUMBER = "number";
    static final String CLINIC = "clinic";
    static final String CATEGORY = "category";
    static final String REASON = "reason";
    static final String PAYMENT = "payment";
    static final String ONLINE = "online";
    static final String STATUS = "status";
    static final String ISSUED_AT = "issuedAt";
    static final String ARRIVED_AT = "arrivedAt";
    static final String FIRST_CALLED_AT = "firstCalledAt";
    static final String LAST_CALLED_AT = "lastCalledAt";
    static final String COUNTER = "counter";
    static final String SKIPPED_AT = "skippedAt";
    static final String SERVING_STARTED_AT = "servingStartedAt";
    static final String FINISHED_AT = "finishedAt";

    private TicketFacts() {
    }

    static Change of(TicketIssuedEvent event) {
        return new Change().set(NUMBER, event.number().display()).set(CLINIC, event.clinicCode())
                           .set(CATEGORY, event.category()).set(REASON, event.priorityReason())
                           .set(PAYMENT, event.payment()).set(ONLINE, false).set(STATUS, TicketStatus.WAITING)
                           .set(ISSUED_AT, event.issuedAt());
    }

    static Change of(TicketBookedEvent event) {
        return new Change().set(NUMBER, event.number().display()).set(CLINIC, event.clinicCode())
                           .set(CATEGORY, event.category()).set(REASON, event.priorityReason())
                           .set(PAYMENT, event.payment()).set(ONLINE, true).set(STATUS, TicketStatus.BOOKED)
                           .set(ISSUED_AT, event.bookedAt());
    }

    static Change of(TicketArrivalConfirmedEvent event) {
        return new Change().set(STATUS, TicketStatus.WAITING).set(ARRIVED_AT, event.confirmedAt());
    }

    static Change of(TicketBookingCancelledEvent event) {
        return new Change().set(STATUS, TicketStatus.CANCELLED);
    }

    static Change of(TicketCalledEvent event) {
        return new Change().set(STATUS, TicketStatus.CALLED).set(COUNTER, event.counterNumber())
                           .earliest(FIRST_CALLED_AT, event.calledAt()).latest(LAST_CALLED_AT, event.calledAt());
    }

    /** A recall keeps the status (called) and the first call; the counter called it again just now. */
    static Change of(TicketRecalledEvent event) {
        return new Change().set(COUNTER, event.counterNumber()).latest(LAST_CALLED_AT, event.recalledAt());
    }

    static Change of(TicketSkippedEvent event) {
        return new Change().set(STATUS, TicketStatus.SKIPPED).set(SKIPPED_AT, event.skippedAt());
    }

    static Change of(TicketServingStartedEvent event) {
        return new Change().set(STATUS, TicketStatus.SERVING).set(SERVING_STARTED_AT, event.startedAt());
    }

    static Change of(TicketFinishedEvent event) {
        return new Change().set(STATUS, TicketStatus.FINISHED).set(FINISHED_AT, event.finishedAt());
    }

    static Change of(TicketDirectedToClinicEvent event) {
        return new Change().set(STATUS, TicketStatus.DIRECTED_TO_CLINIC).set(FINISHED_AT, event.directedAt());
    }

    /** When the patient joined the queue: the ticket taken at the kiosk, or the online booking's arrival. */
    static Date arrival(Document ticket) {
        return Boolean.TRUE.equals(ticket.getBoolean(ONLINE)) ? ticket.getDate(ARRIVED_AT) : ticket.getDate(ISSUED_AT);
    }

    /** A patient in the queue: not a booking still waiting for its patient, nor a cancelled one. */
    static boolean patient(Document ticket) {
        String status = ticket.getString(STATUS);
        return status != null && !"BOOKED".equals(status) && !"CANCELLED".equals(status) && arrival(ticket) != null;
    }

    /** The summary of a queue line's day: a tally per clinic (clinic codes as field names). */
    static Document summary(Document line) {
        Map<String, QueueTally> byClinic = new LinkedHashMap<>();
        Document tickets = line.get(TICKETS, Document.class);
        if (tickets != null) {
            for (Object entry : tickets.values()) {
                Document ticket = (Document) entry;
                if (ticket.getString(CLINIC) != null) {
                    byClinic.computeIfAbsent(Keys.field(ticket.getString(CLINIC)), clinic -> new QueueTally())
                            .add(ticket);
                }
            }
        }
        Document clinics = new Document();
        byClinic.forEach((clinic, tally) -> clinics.append(clinic, tally.toDocument()));
        return new Document("clinics", clinics);
    }
}
