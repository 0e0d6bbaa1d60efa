package id.giliran.identity.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Seed 002: at least 8 characters, with letters, digits and a symbol. Answers the translation keys
 * of what is missing, so the person sees every problem at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

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
        return missing;
    }
}
