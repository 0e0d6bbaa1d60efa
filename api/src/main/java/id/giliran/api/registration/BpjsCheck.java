package id.giliran.api.registration;

import java.time.Instant;
import java.time.LocalDate;

/** The latest BPJS participant check recorded on a registration. */
public record BpjsCheck(String cardNumber, String participantName, boolean active, String participantClass,
                        String participantType, String providerName, LocalDate validUntil, String checkedBy,
                        Instant checkedAt) {
}
