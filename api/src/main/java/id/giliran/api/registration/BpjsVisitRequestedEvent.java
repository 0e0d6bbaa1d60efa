package id.giliran.api.registration;

import java.time.Instant;
import java.time.LocalDate;

public record BpjsVisitRequestedEvent(String registrationId, String cardNumber, LocalDate visitDate,
                                      String providerCode, String poliCode, String requestedBy, Instant requestedAt) {
}
