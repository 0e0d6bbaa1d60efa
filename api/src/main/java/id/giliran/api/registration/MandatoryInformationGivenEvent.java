package id.giliran.api.registration;

import java.time.Instant;

/** Who informed the patient of what, and when. */
public record MandatoryInformationGivenEvent(String registrationId, MandatoryInformation item, String informedBy,
                                             Instant informedAt) {
}
