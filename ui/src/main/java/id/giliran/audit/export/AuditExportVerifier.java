package id.giliran.audit.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

/**
 * Reads a CSV export of the audit trail back and recomputes its chain: each row's link must be
 * {@code SHA-256(previous link + "\n" + the row without its link)}, and the closing line must carry
 * the last link and the number of rows. Says which row first breaks the chain: a changed row breaks
 * at itself, a deleted or moved row at the first row whose predecessor is no longer the one it was
 * chained to. Reads line by line, so a file of any length is checked in constant memory.
 */
public final class AuditExportVerifier {

    /** Longer lines than this are not from an export (and are not read whole). */
    static final int MAX_LINE = 64 * 1024;

    public enum Problem {
        /** Every row and the closing line agree. */
        NONE,
        /** No column header of an audit export on the first line: not such a file. */
        NOT_AN_EXPORT,
        /** A row's link does not follow from the rows before it: changed, deleted, inserted or moved. */
        ROW_BROKEN,
        /** The closing line with the final digest is missing: the file was cut. */
        CLOSING_MISSING,
        /** The closing line's digest or row count is not what the rows give. */
        CLOSING_CHANGED
    }

    /**
     * @param row    the first broken row (1 = the first entry, on the file's second line); 0 when none
     * @param rows   the rows read
     * @param digest the final digest the rows give (when intact, the one printed on the file)
     */
    public record Result(Problem problem, long row, long rows, String digest) {
        public boolean intact() {
            return problem == Problem.NONE;
        }
    }

    public Result verify(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = readLine(reader);
        if (header == null || !header.equals(AuditCsv.HEADER)) {
            return new Result(Problem.NOT_AN_EXPORT, 0, 0, null);
        }
        ChainedDigest chain = new ChainedDigest();
        String line;
        while ((line = readLine(reader)) != null) {
            Matcher closing = AuditCsv.closingOf(line);
            if (closing != null) {
                boolean agrees = closing.group(1).equals(chain.digest())
                        && Long.parseLong(closing.group(2)) == chain.rows() && readLine(reader) == null;
                return new Result(agrees ? Problem.NONE : Problem.CLOSING_CHANGED, 0, chain.rows(), chain.digest());
            }
            int cut = line.lastIndexOf(',');
            long row = chain.rows() + 1;
            if (cut < 0) {
                return new Result(Problem.ROW_BROKEN, row, chain.rows(), null);
            }
            String expected = chain.add(line.substring(0, cut));
            if (!expected.equals(line.substring(cut + 1))) {
                return new Result(Problem.ROW_BROKEN, row, chain.rows() - 1, null);
            }
        }
        return new Result(Problem.CLOSING_MISSING, 0, chain.rows(), chain.digest());
    }

    /** A line without its end ({@code \n} or {@code \r\n}), or null at the end; a line too long is no export's. */
    private static String readLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') {
                return stripCr(line);
            }
            if (line.length() >= MAX_LINE) {
                return "\u0000";
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : stripCr(line);
    }

    private static String stripCr(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
