package id.giliran.api.queue;

/** The front desk began registering the patient of this ticket. */
public record TicketRegistrationStartedEvent(String ticketId, String registrationId) {
}
