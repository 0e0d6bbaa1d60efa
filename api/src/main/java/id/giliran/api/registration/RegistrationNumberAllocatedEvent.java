package id.giliran.api.registration;

import java.time.LocalDate;

/** The registrations of a day are numbered one after the other: REG-20261122-0001, … */
public record RegistrationNumberAllocatedEvent(String registrationDayId, LocalDate serviceDate, int sequence,
                                               String registrationId) {
}
