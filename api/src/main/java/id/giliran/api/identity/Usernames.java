package id.giliran.api.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A username is an e-mail address (lower case) or an Indonesian phone number in +62 form:
 * "0812-3456-7890", "62812 3456 7890" and "+62 812 3456 7890" are all "+6281234567890".
 */
public final class Usernames {

    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}");

    private Usernames() {
    }

    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String candidate = input.strip().toLowerCase(Locale.ROOT);
        if (EMAIL.matcher(candidate).matches()) {
            return Optional.of(candidate);
        }
        String digits = candidate.replaceAll("[\\s().-]", "");
        if (digits.matches("\\+?62[0-9]{8,13}")) {
            return Optional.of("+" + digits.replaceFirst("^\\+", ""));
        }
        if (digits.matches("0[0-9]{8,13}")) {
            return Optional.of("+62" + digits.substring(1));
        }
        return Optional.empty();
    }
}
