package id.giliran.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for personal values in raw bytes: a file exactly as it lies on disk (stale pages included), or a
 * captured log. Bytes are compared after lower-casing ASCII letters, so "SITI AMINAH" is found for
 * "Siti Aminah"; every {@link PersonalValue#forms() form} of a value is tried.
 */
final class ValueScanner {

    /** A value found: where, which form, and the text around it (personal data only ever in test output). */
    record Hit(PersonalValue value, String where, String form, long offset, String context) {
        @Override
        public String toString() {
            return value + " in " + where + " @" + offset + " as \"" + form + "\": …" + context + "…";
        }
    }

    private ValueScanner() {
    }

    static List<Hit> scan(byte[] data, String where, Collection<PersonalValue> values) {
        byte[] lower = lowerAscii(data);
        List<Hit> hits = new ArrayList<>();
        for (PersonalValue value : values) {
            for (String form : value.forms()) {
                int at = indexOf(lower, form.getBytes(StandardCharsets.UTF_8), 0);
                if (at >= 0) {
                    hits.add(new Hit(value, where, form, at, context(data, at, form.length())));
                    break;
                }
            }
        }
        return hits;
    }

    static List<Hit> scan(String text, String where, Collection<PersonalValue> values) {
        return scan(text.getBytes(StandardCharsets.UTF_8), where, values);
    }

    /** Every regular file under {@code directory}, byte for byte. */
    static List<Hit> scanFiles(Path directory, Collection<PersonalValue> values) {
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                hits.addAll(scan(Files.readAllBytes(file), directory.getParent().relativize(file).toString(), values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    private static byte[] lowerAscii(byte[] data) {
        byte[] lower = data.clone();
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] >= 'A' && lower[i] <= 'Z') {
                lower[i] = (byte) (lower[i] + ('a' - 'A'));
            }
        }
        return lower;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        if (pattern.length == 0) {
            return from;
        }
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            if (data[i] != pattern[0]) {
                continue;
            }
            for (int j = 1; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String context(byte[] data, int at, int length) {
        int from = Math.max(0, at - 40);
        int to = Math.min(data.length, at + length + 40);
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            int b = data[i] & 0xff;
            out.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return out.toString();
    }
}
