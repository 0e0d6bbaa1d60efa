package id.giliran.audit.export;

import id.giliran.api.audit.AuditEntryView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSV form of an exported audit trail, shared by the writer and the verifier. The first line
 * names the columns; each following line is one entry, its canonical text (every column but the
 * last) followed by its link in the chain of {@link ChainedDigest}; the closing line carries the
 * final digest and the number of rows. A row is always one line: line breaks inside a value become
 * spaces, so a shell can read the file line by line.
 */
public final class AuditCsv {

    public static final String HEADER =
            "waktu,jenis,pengguna,peran,alamat,tindakan,rekaman,hasil,kode_galat,id_entri,tautan_sha256";
    static final Pattern CLOSING = Pattern.compile("^# SHA-256 rantai: ([0-9a-f]{64}); baris: (\\d+)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private AuditCsv() {
    }

    /** The entry's canonical text: the CSV line without its link. */
    public static String canonical(AuditEntryView entry, ZoneId zone) {
        List<String> values = java.util.Arrays.asList(TIME.format(entry.at().atZone(zone)),
                entry.kind() == null ? "" : entry.kind().name(), entry.username(), entry.roles(),
                entry.clientAddress(), entry.action(), entry.aggregateId(), entry.succeeded() ? "berhasil" : "gagal",
                entry.errorCode(), entry.entryId());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(escape(values.get(i)));
        }
        return line.toString();
    }

    static String closing(String digest, long rows) {
        return "# SHA-256 rantai: " + digest + "; baris: " + rows;
    }

    /** The digest and row count of a closing line, or null when the line is not one. */
    static Matcher closingOf(String line) {
        Matcher matcher = CLOSING.matcher(line);
        return matcher.matches() ? matcher : null;
    }

    /** RFC 4180: quoted when it holds a comma, a quote or starts like a formula; line breaks become spaces. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        String flat = value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        boolean formula = !flat.isEmpty() && "=+-@".indexOf(flat.charAt(0)) >= 0;
        if (flat.contains(",") || flat.contains("\"") || formula) {
            return "\"" + (formula ? "'" : "") + flat.replace("\"", "\"\"") + "\"";
        }
        return flat;
    }
}
