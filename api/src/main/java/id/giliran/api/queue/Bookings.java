package id.giliran.api.queue;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** The rules of online booking that the kiosk, the patient's screens and the aggregates share. */
public final class Bookings {

    /** A patient books for today or up to this many days ahead. */
    public static final int DAYS_AHEAD = 7;

    /** Booking codes: 8 letters and digits without the look-alikes 0/O, 1/I/L. */
    public static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int CODE_LENGTH = 8;
    public static final Pattern CODE_PATTERN = Pattern.compile("[" + CODE_ALPHABET + "]{" + CODE_LENGTH + "}");

    private static final Pattern NIK = Pattern.compile("[0-9]{16}");
    private static final Pattern BPJS_NUMBER = Pattern.compile("[0-9]{13}");

    private Bookings() {
    }

    public static boolean bookable(LocalDate serviceDate, LocalDate today) {
        return serviceDate != null && !serviceDate.isBefore(today) && !serviceDate.isAfter(today.plusDays(DAYS_AHEAD));
    }

    public static boolean validNik(String nik) {
        return nik != null && NIK.matcher(nik).matches();
    }

    public static boolean validBpjsNumber(String number) {
        return number != null && BPJS_NUMBER.matcher(number).matches();
    }

    /**
     * The booking code typed or scanned at the kiosk, in its one form: upper case without spaces or
     * dashes; a scanned link ending in the code counts as the code.
     */
    public static String normaliseCode(String input) {
        if (input == null) {
            return "";
        }
        String text = input.strip();
        int slash = text.lastIndexOf('/');
        if (slash >= 0) {
            text = text.substring(slash + 1);
        }
        return text.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
