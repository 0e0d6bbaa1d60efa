package id.giliran.patient.query;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one form in which names are stored for search and searched for: lower case, accents
 * stripped ("Sítí" → "siti"), apostrophes dropped ("Nur'aini" → "nuraini"), any other punctuation a
 * space ("Muh.Rizal" → "muh rizal").
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ]");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        plain = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return NOT_LETTERS_OR_DIGITS.matcher(plain).replaceAll(" ").strip();
    }

    /** The distinct words of a normalised text. */
    static List<String> tokens(String normalised) {
        if (normalised.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalised.split(" ")).distinct().toList();
    }

    /** The medical record number upper case, letters and digits only: "RM-000123" → "RM000123". */
    static String recordKey(String medicalRecordNumber) {
        return medicalRecordNumber == null ? null
                : medicalRecordNumber.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }

    /** The medical record number's digits without leading zeros: "RM-000123" → "123", so "123" finds it. */
    static String recordDigits(String medicalRecordNumber) {
        String digits = medicalRecordNumber == null ? "" : medicalRecordNumber.replaceAll("[^0-9]", "");
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? null : stripped;
    }
}
