package id.giliran.bpjs.lzstring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "encoded URI component" flavour of pieroxy's LZ-String (JavaScript {@code lz-string}
 * 1.4.4 / 1.5.0), which BPJS uses inside its encrypted responses.
 *
 * <p>Written here because Maven Central holds no maintained Java port: {@code lzstring4j} stops
 * at the 1.3.3 format, {@code lzstring4java} was never published there. Both directions are
 * checked against vectors produced by the JavaScript library ({@code src/test/resources/lzstring}).
 * The string is handled as UTF-16 code units, exactly like JavaScript, so surrogate pairs
 * (emoji) round-trip unchanged.
 *
 * <p>Unlike the JavaScript decoder, which answers {@code null} or a partial string for damaged
 * input, {@link #decompressFromEncodedURIComponent} throws {@link IllegalArgumentException}.
 */
public final class LzString {

    private static final String URI_SAFE_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
    private static final int[] REVERSE = new int[128];

    static {
        java.util.Arrays.fill(REVERSE, -1);
        for (int i = 0; i < URI_SAFE_ALPHABET.length(); i++) {
            REVERSE[URI_SAFE_ALPHABET.charAt(i)] = i;
        }
    }

    private LzString() {
    }

    public static String compressToEncodedURIComponent(String input) {
        if (input == null) {
            return "";
        }
        return compress(input, 6);
    }

    public static String decompressFromEncodedURIComponent(String input) {
        if (input == null || input.isEmpty()) {
            throw new IllegalArgumentException("LZ-String: empty input");
        }
        String compressed = input.replace(' ', '+');
        int[] values = new int[compressed.length()];
        for (int i = 0; i < values.length; i++) {
            char c = compressed.charAt(i);
            int value = c < 128 ? REVERSE[c] : -1;
            if (value < 0) {
                throw new IllegalArgumentException("LZ-String: invalid character at position " + i);
            }
            values[i] = value;
        }
        return decompress(values, 32);
    }

    /** Bit writer of the JavaScript {@code _compress}: low-order bits first for values. */
    private static final class BitWriter {
        private final int bitsPerChar;
        private final StringBuilder out = new StringBuilder();
        private int value;
        private int position;

        BitWriter(int bitsPerChar) {
            this.bitsPerChar = bitsPerChar;
        }

        void write(int numBits, int data) {
            for (int i = 0; i < numBits; i++) {
                value = (value << 1) | (data & 1);
                if (position == bitsPerChar - 1) {
                    position = 0;
                    out.append(URI_SAFE_ALPHABET.charAt(value));
                    value = 0;
                } else {
                    position++;
                }
                data >>= 1;
            }
        }

        String finish() {
            while (true) {
                value <<= 1;
                if (position == bitsPerChar - 1) {
                    out.append(URI_SAFE_ALPHABET.charAt(value));
                    return out.toString();
                }
                position++;
            }
        }
    }

    private static String compress(String uncompressed, int bitsPerChar) {
        Map<String, Integer> dictionary = new HashMap<>();
        Set<String> dictionaryToCreate = new HashSet<>();
        BitWriter out = new BitWriter(bitsPerChar);
        String w = "";
        int enlargeIn = 2;
        int dictSize = 3;
        int numBits = 2;

        for (int ii = 0; ii < uncompressed.length(); ii++) {
            String c = String.valueOf(uncompressed.charAt(ii));
            if (!dictionary.containsKey(c)) {
                dictionary.put(c, dictSize++);
                dictionaryToCreate.add(c);
            }
            String wc = w + c;
            if (dictionary.containsKey(wc)) {
                w = wc;
                continue;
            }
            if (dictionaryToCreate.contains(w)) {
                writeLiteral(out, w.charAt(0), numBits);
                enlargeIn--;
                if (enlargeIn == 0) {
                    enlargeIn = 1 << numBits;
                    numBits++;
                }
                dictionaryToCreate.remove(w);
            } else {
                out.write(numBits, dictionary.get(w));
            }
            enlargeIn--;
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
            dictionary.put(wc, dictSize++);
            w = c;
        }

        if (!w.isEmpty()) {
            if (dictionaryToCreate.contains(w)) {
                writeLiteral(out, w.charAt(0), numBits);
                enlargeIn--;
                if (enlargeIn == 0) {
                    enlargeIn = 1 << numBits;
                    numBits++;
                }
                dictionaryToCreate.remove(w);
            } else {
                out.write(numBits, dictionary.get(w));
            }
            enlargeIn--;
            if (enlargeIn == 0) {
                numBits++;
            }
        }

        out.write(numBits, 2); // end of stream
        return out.finish();
    }

    /** Writes a new character: marker 0 plus 8 bits, or marker 1 plus 16 bits. */
    private static void writeLiteral(BitWriter out, char ch, int numBits) {
        if (ch < 256) {
            out.write(numBits, 0);
            out.write(8, ch);
        } else {
            out.write(numBits, 1);
            out.write(16, ch);
        }
    }

    /** Bit reader of the JavaScript {@code _decompress}. */
    private static final class BitReader {
        private final int[] values;
        private final int resetValue;
        private int val;
        private int position;
        private int index;

        BitReader(int[] values, int resetValue) {
            this.values = values;
            this.resetValue = resetValue;
            this.val = values[0];
            this.position = resetValue;
            this.index = 1;
        }

        int read(int numBits) {
            int bits = 0;
            int maxPower = 1 << numBits;
            int power = 1;
            while (power != maxPower) {
                int resb = val & position;
                position >>= 1;
                if (position == 0) {
                    position = resetValue;
                    val = index < values.length ? values[index] : 0;
                    index++;
                }
                bits |= (resb > 0 ? 1 : 0) * power;
                power <<= 1;
            }
            return bits;
        }

        boolean exhausted() {
            return index > values.length;
        }
    }

    private static String decompress(int[] values, int resetValue) {
        BitReader in = new BitReader(values, resetValue);
        List<String> dictionary = new ArrayList<>();
        dictionary.add("0");
        dictionary.add("1");
        dictionary.add("2");
        int enlargeIn = 4;
        int numBits = 3;
        StringBuilder result = new StringBuilder();

        String c;
        switch (in.read(2)) {
            case 0 -> c = String.valueOf((char) in.read(8));
            case 1 -> c = String.valueOf((char) in.read(16));
            case 2 -> {
                return "";
            }
            default -> throw new IllegalArgumentException("LZ-String: corrupt start of stream");
        }
        dictionary.add(c);
        String w = c;
        result.append(c);
        while (true) {
            if (in.exhausted()) {
                throw new IllegalArgumentException("LZ-String: stream ends without an end marker");
            }
            int code = in.read(numBits);
            switch (code) {
                case 0 -> {
                    dictionary.add(String.valueOf((char) in.read(8)));
                    code = dictionary.size() - 1;
                    enlargeIn--;
                }
                case 1 -> {
                    dictionary.add(String.valueOf((char) in.read(16)));
                    code = dictionary.size() - 1;
                    enlargeIn--;
                }
                case 2 -> {
                    return result.toString();
                }
                default -> {
                }
            }
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
            String entry;
            if (code < dictionary.size()) {
                entry = dictionary.get(code);
            } else if (code == dictionary.size()) {
                entry = w + w.charAt(0);
            } else {
                throw new IllegalArgumentException("LZ-String: corrupt stream (unknown code " + code + ")");
            }
            result.append(entry);
            dictionary.add(w + entry.charAt(0));
            enlargeIn--;
            w = entry;
            if (enlargeIn == 0) {
                enlargeIn = 1 << numBits;
                numBits++;
            }
        }
    }
}
