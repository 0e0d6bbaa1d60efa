package id.giliran.api.registration;

import java.time.Instant;

public record BpjsVisitBridgedEvent(String registrationId, int attempt, String queueNumber, boolean found,
                                    Instant bridgedAt) {
}
