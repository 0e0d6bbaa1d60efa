package id.giliran.api.registration;

import java.time.Instant;
import java.time.LocalDate;

/** BPJS's answer about the patient's membership as the officer saw it; no credentials, no BPJS wire names. */
public record BpjsParticipantCheckedEvent(String registrationId, String cardNumber, String participantName,
                                          boolean active, String participantClass, String participantType,
                                          String providerName, LocalDate validUntil, String checkedBy,
                                          Instant checkedAt) {
}
