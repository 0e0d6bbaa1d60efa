package id.giliran.report.query;

import java.time.LocalDate;

/**
 * Ids, clinic codes and prefixes become MongoDB field names in the statistics documents; a field name
 * must not hold a '.' (it would be read as a path) nor start with '$'. Those characters, and the escape
 * character itself, are written as {@code %2E}, {@code %24}, {@code %25}; a null becomes {@code %N}, which
 * no escaped text can be.
 */
final class Keys {

    private static final String NULL = "%N";
    /** An empty field name is not allowed either. */
    private static final String EMPTY = "%E";

    private Keys() {
    }

    static String field(String raw) {
        if (raw == null) {
            return NULL;
        }
        if (raw.isEmpty()) {
            return EMPTY;
        }
        if (raw.indexOf('%') < 0 && raw.indexOf('.') < 0 && raw.indexOf('$') < 0) {
            return raw;
        }
        StringBuilder field = new StringBuilder(raw.length() + 8);
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '%' -> field.append("%25");
                case '.' -> field.append("%2E");
                case '$' -> field.append("%24");
                default -> field.append(c);
            }
        }
        return field.toString();
    }

    static String raw(String field) {
        if (NULL.equals(field)) {
            return null;
        }
        if (EMPTY.equals(field)) {
            return "";
        }
        return field.indexOf('%') < 0 ? field
                : field.replace("%2E", ".").replace("%24", "$").replace("%25", "%"); // "%25" last: "%252E" is "%2E"
    }

    /** A queue line's tickets of one day: the line (ticket prefix) is in every ticket event. */
    static String lineId(LocalDate serviceDate, String prefix) {
        return serviceDate + "|" + field(prefix);
    }
}
