package id.giliran.queue.ui;

import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;

/** What a patient chose at the kiosk. */
public record TicketRequest(
        TicketCategory category,
        PriorityReason priorityReason,
        PaymentType payment,
        String clinicCode) {
}
