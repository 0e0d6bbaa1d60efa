package id.giliran.api.patient;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Nomor Induk Kependudukan: 16 digits, digits 7–12 the birth date as DDMMYY with 40 added to
 * the day for women. Real NIKs have exceptions (registration errors, unknown birth dates), so a
 * disagreement with the birth date or sex entered is a warning the officer may override with a
 * reason; only a malformed NIK is refused. Pure functions, shared by the screens (to warn before
 * sending) and the patient aggregate (to decide).
 */
public final class Niks {

    private static final Pattern NIK = Pattern.compile("[0-9]{16}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.-]");

    private Niks() {
    }

    /** The NIK as typed without spaces, dots or dashes; null for nothing typed. */
    public static String normalise(String input) {
        if (input == null) {
            return null;
        }
        String nik = SEPARATORS.matcher(input).replaceAll("");
        return nik.isEmpty() ? null : nik;
    }

    public static boolean wellFormed(String nik) {
        return nik != null && NIK.matcher(nik).matches();
    }

    /** The birth date and sex a well-formed NIK encodes; empty when it is malformed or encodes no date. */
    public static Optional<NikBirth> decode(String nik) {
        if (!wellFormed(nik)) {
            return Optional.empty();
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int year = Integer.parseInt(nik.substring(10, 12));
        Sex sex = day > 40 ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
        NikBirth birth = new NikBirth(day > 40 ? day - 40 : day, month, year, sex);
        return birth.possible() ? Optional.of(birth) : Optional.empty();
    }

    /** Compares a NIK with the birth date and sex entered (both required to agree). */
    public static NikCheck check(String nik, LocalDate birthDate, Sex sex) {
        if (!wellFormed(nik)) {
            return NikCheck.FORMAT_INVALID;
        }
        Optional<NikBirth> birth = decode(nik);
        if (birth.isEmpty()) {
            return NikCheck.DATE_IMPOSSIBLE;
        }
        if (birthDate == null || !birth.get().matches(birthDate)) {
            return NikCheck.BIRTH_DATE_DIFFERS;
        }
        if (sex != birth.get().sex()) {
            return NikCheck.SEX_DIFFERS;
        }
        return NikCheck.AGREES;
    }
}
