package id.giliran.identity.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 002: at least 8 characters, with letters, digits and a symbol, and at most
 * {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no further, and refuses longer input outright).
 * Answers the translation keys of what is missing, so the person sees every problem at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** bcrypt's limit: a longer password would be cut (or refused by the encoder), so it is refused here first. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static List<String> violations(String password) {
        List<String> missing = new ArrayList<>();
        String candidate = password == null ? "" : password;
        if (candidate.length() < MIN_LENGTH) {
            missing.add("password.too-short");
        }
        if (candidate.chars().noneMatch(Character::isLetter)) {
            missing.add("password.no-letter");
        }
        if (candidate.chars().noneMatch(Character::isDigit)) {
            missing.add("password.no-digit");
        }
        if (candidate.chars().allMatch(Character::isLetterOrDigit)) {
            missing.add("password.no-symbol");
        }
        if (tooLong(candidate)) {
            missing.add("password.too-long");
        }
        return missing;
    }

    /** Over {@value #MAX_BYTES} bytes in UTF-8: an Indonesian letter is one byte, many other characters 2 to 4. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
