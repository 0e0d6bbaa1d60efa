package id.giliran.api.registration;

import java.time.Instant;

public record RegistrationCancelledEvent(String registrationId, String ticketId, String reason, String cancelledBy,
                                         Instant cancelledAt) {
}
