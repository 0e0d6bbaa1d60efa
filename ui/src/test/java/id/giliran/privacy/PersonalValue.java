package id.giliran.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One personal value a journey typed or caused, and the forms in which it could lie in a file or a log line:
 * as typed, JSON-escaped (the event payloads and the read models are JSON or BSON) and, for a phone number,
 * the 08…, +62… and 62… forms. Matching ignores ASCII case (a name may be stored upper-cased).
 */
record PersonalValue(Kind kind, String label, String value) {

    enum Kind {
        NIK, NAME, ADDRESS, PHONE, BPJS_NUMBER, ALLERGY, NOTE, TOPIC, CHAT, REASON, FILE_NAME, SCAN_CONTENT,
        /** An account's username (an e-mail or a phone number): kept out of logs, reported elsewhere. */
        USERNAME
    }

    PersonalValue {
        if (value == null || value.length() < 6) {
            throw new IllegalArgumentException(label + ": a value shorter than 6 characters would be found by chance");
        }
    }

    /** The texts that stand for this value in stored bytes, each as it is matched (lower-cased ASCII). */
    Set<String> forms() {
        Set<String> forms = new LinkedHashSet<>();
        List<String> spellings = new ArrayList<>(List.of(value));
        if (kind == Kind.PHONE) {
            String subscriber = value.startsWith("+62") ? value.substring(3)
                    : value.startsWith("62") ? value.substring(2)
                    : value.startsWith("0") ? value.substring(1) : value;
            spellings.addAll(List.of("0" + subscriber, "+62" + subscriber, "62" + subscriber));
        }
        for (String spelling : spellings) {
            forms.add(spelling.toLowerCase(Locale.ROOT));
            forms.add(jsonEscaped(spelling).toLowerCase(Locale.ROOT));
        }
        return forms;
    }

    /** As Jackson writes it inside a JSON string (quotes, backslashes and control characters escaped). */
    static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    byte[][] formBytes() {
        return forms().stream().map(form -> form.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    @Override
    public String toString() {
        return kind + " " + label + " \"" + value + "\"";
    }
}
