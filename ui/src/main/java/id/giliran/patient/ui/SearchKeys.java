package id.giliran.patient.ui;

import id.giliran.api.audit.LookupKey;

import java.util.regex.Pattern;

/**
 * Which kind of key a patient search used, for the audit trail (the term itself is never kept): 16
 * digits a NIK, 13 digits a BPJS card number, other digits or a letter prefix with digits ("RM-000123")
 * a No. RM, anything else a name.
 */
final class SearchKeys {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern RECORD_NUMBER = Pattern.compile("(?i)[a-z]{1,4}\\d+");

    private SearchKeys() {
    }

    static LookupKey of(String text) {
        String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (DIGITS.matcher(compact).matches()) {
            return switch (compact.length()) {
                case 16 -> LookupKey.NIK;
                case 13 -> LookupKey.BPJS;
                default -> LookupKey.NO_RM;
            };
        }
        return RECORD_NUMBER.matcher(compact).matches() ? LookupKey.NO_RM : LookupKey.NAME;
    }
}
