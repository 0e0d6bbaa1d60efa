package id.giliran.api.registration;

import java.time.Instant;

public record BpjsVisitDeletedEvent(String registrationId, int attempt, Instant deletedAt) {
}
