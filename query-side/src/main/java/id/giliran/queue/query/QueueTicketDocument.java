package id.giliran.queue.query;

import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A ticket in the queue read model. The service date is kept as ISO text, free of time zones.
 * {@code turnNearAnnounced}: its "your turn is near" was told (once per ticket). Of a booking's personal
 * data only the phone number is kept, sealed with the booking account's key ({@code patient}): the WhatsApp
 * message needs it; no query needs the NIK or the BPJS number the booking gave, so they are not kept at all.
 */
@Document("queue_tickets")
record QueueTicketDocument(
        @Id String ticketId,
        String serviceDate,
        String number,
        String prefix,
        int sequence,
        TicketCategory category,
        int categoryRank,
        PriorityReason priorityReason,
        PaymentType payment,
        String clinicCode,
        String clinicName,
        TicketStatus status,
        Instant issuedAt,
        Instant calledAt,
        Integer counterNumber,
        Instant skippedAt,
        Instant servingStartedAt,
        Instant finishedAt,
        boolean online,
        String bookingCode,
        String patient,
        String phone,
        Instant arrivedAt,
        Instant cancelledAt,
        boolean turnNearAnnounced) {

    static QueueTicketDocument issued(TicketIssuedEvent event, String clinicName) {
        return new QueueTicketDocument(event.ticketId(), event.serviceDate().toString(), event.number().display(),
                event.number().prefix(), event.number().sequence(), event.category(),
                event.category() == TicketCategory.PRIORITY ? 0 : 1, event.priorityReason(), event.payment(),
                event.clinicCode(), clinicName, TicketStatus.WAITING, event.issuedAt(), null, null, null, null, null,
                false, null, null, null, null, null, false);
    }

    /** A ticket booked online holds its place from the moment it was booked. */
    static QueueTicketDocument booked(TicketBookedEvent event, String clinicName, String sealedPhone) {
        return new QueueTicketDocument(event.ticketId(), event.serviceDate().toString(), event.number().display(),
                event.number().prefix(), event.number().sequence(), event.category(),
                event.category() == TicketCategory.PRIORITY ? 0 : 1, event.priorityReason(), event.payment(),
                event.clinicCode(), clinicName, TicketStatus.BOOKED, event.bookedAt(), null, null, null, null, null,
                true, event.bookingCode(), event.patient(), sealedPhone, null, null, false);
    }
}
