package id.giliran.history.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.giliran.api.history.HistoryField;
import id.giliran.api.history.Timeline;
import id.giliran.api.history.TimelineEntry;
import id.giliran.audit.export.ChainedDigest;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A timeline as CSV and PDF, tamper-evident: each row's canonical text (its CSV line without the
 * chain column) is added to a {@link ChainedDigest}; the CSV's last column holds each row's link,
 * and both documents end with the final digest. Fields are written as the history shows them
 * (personal ones masked).
 */
public final class TimelineExport {

    public static final String CSV_HEADER = "urutan,waktu,peristiwa,jenis,oleh,peran,alamat,perintah,isi,rantai";
    public static final String DIGEST_LINE = "# SHA-256 berantai: ";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF5);

    private final ZoneId zone;
    private final Function<TimelineEntry, String> label;

    /** @param label the Indonesian label of each event, as the screen shows it */
    public TimelineExport(ZoneId zone, Function<TimelineEntry, String> label) {
        this.zone = zone;
        this.label = label;
    }

    /** The canonical text of each row, in order: what the chain is computed over. */
    public List<String> rows(Timeline timeline) {
        return timeline.entries().stream().map(this::row).toList();
    }

    /** Writes the CSV (UTF-8) and answers the digest printed at its end. */
    public String writeCsv(Timeline timeline, OutputStream out) throws IOException {
        ChainedDigest chain = new ChainedDigest();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CSV_HEADER + "\n");
        for (String row : rows(timeline)) {
            writer.write(row + "," + chain.add(row) + "\n");
        }
        writer.write(DIGEST_LINE + chain.digest() + "\n");
        writer.flush();
        return chain.digest();
    }

    /** Writes the PDF and answers the digest printed at its end. */
    public String writePdf(Timeline timeline, String title, String exportedBy, OutputStream out) throws IOException {
        ChainedDigest chain = new ChainedDigest();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 36, 36);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        PdfWriter.getInstance(document, out).setCloseStream(false);
        document.open();
        document.add(new Paragraph(title, heading));
        document.add(new Paragraph(exportedBy, small));
        PdfPTable table = new PdfPTable(new float[]{3, 10, 14, 12, 8, 13, 34});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String column : List.of("#", "Waktu", "Peristiwa", "Oleh", "Dari", "Perintah", "Isi")) {
            PdfPCell cell = new PdfPCell(new Phrase(column, bold));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (TimelineEntry entry : timeline.entries()) {
            chain.add(row(entry));
            for (String value : List.of(String.valueOf(entry.sequence()), when(entry), label.apply(entry),
                    dash(entry.username()), dash(entry.clientAddress()), dash(entry.command()), fields(entry, "\n"))) {
                table.addCell(new PdfPCell(new Phrase(value, small)));
            }
        }
        document.add(table);
        Paragraph digest = new Paragraph(timeline.entries().size() + " baris. SHA-256 berantai: " + chain.digest(), bold);
        digest.setAlignment(Element.ALIGN_LEFT);
        digest.setSpacingBefore(10);
        document.add(digest);
        document.add(new Paragraph("Cara memeriksa: hitung ulang rantai dari baris CSV yang sama (README, "
                + "\"Checking an exported audit trail\"); hasilnya harus sama dengan nilai di atas.", small));
        document.close();
        return chain.digest();
    }

    private String row(TimelineEntry entry) {
        return String.join(",", List.of(String.valueOf(entry.sequence()), when(entry), label.apply(entry),
                        entry.eventType(), dash(entry.username()), dash(entry.roles()), dash(entry.clientAddress()),
                        dash(entry.command()), fields(entry, "; "))
                                  .stream().map(TimelineExport::csv).toList());
    }

    private String when(TimelineEntry entry) {
        return WHEN.format(entry.at().atZone(zone));
    }

    static String fields(TimelineEntry entry, String separator) {
        return entry.fields().stream().map(TimelineExport::field).collect(Collectors.joining(separator));
    }

    private static String field(HistoryField field) {
        return field.name() + ": " + (field.value() == null ? "—" : field.value());
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains(";")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
