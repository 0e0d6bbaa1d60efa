package id.giliran.api.queue;

/** The ticket's registration was cancelled before completion; the ticket may be registered again. */
public record TicketRegistrationReleasedEvent(String ticketId, String registrationId) {
}
