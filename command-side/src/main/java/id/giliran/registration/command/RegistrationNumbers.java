package id.giliran.registration.command;

import java.time.LocalDate;

/** Gives a registration the next number of its day. */
public interface RegistrationNumbers {

    String next(LocalDate day, String registrationId);
}
