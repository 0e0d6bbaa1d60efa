package id.giliran.bpjs.pcare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hides personal data in what the call log keeps. */
final class PcareMasking {

    private static final Set<String> NUMBER_FIELDS = Set.of("noKartu", "noKTP", "nik", "noka", "noHP", "nomorkartu");
    /** Masked wherever they appear: free text about the patient's health, birth dates. */
    private static final Set<String> TEXT_FIELDS = Set.of("keluhan");
    private static final Set<String> DATE_FIELDS = Set.of("tglLahir");
    /** "nama" is masked only in objects that describe a person (they carry a noKartu). */
    private static final Set<String> PERSON_NAME_FIELDS = Set.of("nama", "nmPeserta");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{10,}");
    private static final int EXCERPT = 300;

    private PcareMasking() {
    }

    /** 16 digits: first 6 and last 4 (000123******1234); shorter: last 4 only. */
    static String number(String value) {
        if (value == null) {
            return null;
        }
        int n = value.length();
        if (n <= 4) {
            return "****";
        }
        if (n >= 16) {
            return value.substring(0, 6) + "*".repeat(n - 10) + value.substring(n - 4);
        }
        return "*".repeat(n - 4) + value.substring(n - 4);
    }

    /** "SITI NURHALIZA" becomes "S*** N***". */
    static String name(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        StringBuilder masked = new StringBuilder();
        for (String word : value.strip().split("\\s+")) {
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            masked.appendCodePoint(word.codePointAt(0)).append("***");
        }
        return masked.toString();
    }

    /** Long digit runs (card numbers, NIKs) in paths and free text. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        Matcher matcher = LONG_NUMBER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(number(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String excerpt(String value) {
        if (value == null) {
            return null;
        }
        String masked = text(value);
        return masked.length() <= EXCERPT ? masked : masked.substring(0, EXCERPT) + "...(" + masked.length() + " karakter)";
    }

    /** Masks a JSON tree in place and returns it. */
    static JsonNode json(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean person = object.has("noKartu");
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (value.isValueNode() && !value.isNull()) {
                    String text = value.asText();
                    if (NUMBER_FIELDS.contains(key)) {
                        field.setValue(object.textNode(number(text)));
                    } else if (TEXT_FIELDS.contains(key)) {
                        field.setValue(object.textNode("***"));
                    } else if (DATE_FIELDS.contains(key)) {
                        field.setValue(object.textNode(text.length() >= 4 ? "**-**-" + text.substring(text.length() - 4) : "***"));
                    } else if (person && PERSON_NAME_FIELDS.contains(key)) {
                        field.setValue(object.textNode(name(text)));
                    } else if (value.isTextual()) {
                        field.setValue(object.textNode(text(text)));
                    }
                } else {
                    json(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(PcareMasking::json);
        }
        return node;
    }
}
