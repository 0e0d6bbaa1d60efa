package id.giliran.api.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The birth date and sex a NIK encodes in digits 7–12 (DDMMYY, day + 40 for women). The NIK holds
 * only two digits of the year, so the century is the latest one that is not in the future.
 */
public record NikBirth(int day, int month, int yearOfCentury, Sex sex) {

    /** The date in the latest century for which it exists and is not after {@code today}. */
    public Optional<LocalDate> birthDate(LocalDate today) {
        int century = today.getYear() / 100 * 100;
        for (int start = century; start >= century - 200; start -= 100) {
            Optional<LocalDate> date = date(start + yearOfCentury).filter(candidate -> !candidate.isAfter(today));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code date} is the day encoded (same day, month and last two digits of the year). */
    public boolean matches(LocalDate date) {
        return date.getDayOfMonth() == day && date.getMonthValue() == month && date.getYear() % 100 == yearOfCentury;
    }

    /** Whether the day and month exist in some year ending in the two digits (29 February needs a leap year). */
    boolean possible() {
        return date(2000 + yearOfCentury).isPresent() || date(1900 + yearOfCentury).isPresent();
    }

    private Optional<LocalDate> date(int year) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
