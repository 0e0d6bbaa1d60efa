package id.giliran.history.export;

import id.giliran.api.history.HistoryField;
import id.giliran.api.history.Timeline;
import id.giliran.api.history.TimelineEntry;
import id.giliran.audit.export.ChainedDigest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A timeline's CSV and PDF carry the chained digest of its rows; a changed, removed or moved row is detected. */
class TimelineExportTest {

    static final Instant ISSUED = Instant.parse("2026-11-30T01:00:00Z");

    private final Timeline timeline = new Timeline("t-1", "Ticket", null, List.of(
            new TimelineEntry("t-1", "Ticket", 0, null, "TicketIssuedEvent", ISSUED, "anonymous", null, "10.0.0.9", null,
                    List.of(new HistoryField("ticketId", "t-1"), new HistoryField("payment", "UMUM"))),
            new TimelineEntry("t-1", "Ticket", 1, null, "TicketCalledEvent", ISSUED.plusSeconds(600), "loket@giliran.id",
                    "PETUGAS_LOKET", "10.0.0.3", "CallNextTicketCommand",
                    List.of(new HistoryField("counterNumber", "1"), new HistoryField("note", "a, \"b\"")))));
    private final TimelineExport export = new TimelineExport(ZoneId.of("Asia/Jakarta"),
            entry -> entry.eventType().equals("TicketCalledEvent") ? "Nomor dipanggil ke Loket 1" : "Nomor diambil");

    private List<String> csvLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(timeline, out);
        return Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    /** Each data line without its last column (the link): the rows the chain is computed over. */
    private static List<String> rowsOf(List<String> lines) {
        return lines.subList(1, lines.size() - 1).stream().map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }

    @Test
    void theCsvEndsWithTheDigestOfItsRowsAndEachRowCarriesItsLink() throws Exception {
        List<String> lines = csvLines();

        assertThat(lines.get(0)).isEqualTo(TimelineExport.CSV_HEADER);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("0,30-11-2026 08:00:00,Nomor diambil,TicketIssuedEvent,anonymous,—,10.0.0.9,—,");
        assertThat(lines.get(2)).contains("\"counterNumber: 1; note: a, \"\"b\"\"\"");
        String printed = lines.get(3).substring(TimelineExport.DIGEST_LINE.length());
        assertThat(ChainedDigest.verify(rowsOf(lines), printed)).isTrue();
        assertThat(lines.get(2)).endsWith("," + printed);
        assertThat(printed).isEqualTo(ChainedDigest.of(export.rows(timeline)));
    }

    @Test
    void aChangedRemovedOrMovedRowNoLongerGivesThePrintedDigest() throws Exception {
        List<String> lines = csvLines();
        String printed = lines.get(3).substring(TimelineExport.DIGEST_LINE.length());
        List<String> rows = rowsOf(lines);

        List<String> changed = new ArrayList<>(rows);
        changed.set(1, changed.get(1).replace("loket@giliran.id", "admin@giliran.id"));
        assertThat(ChainedDigest.verify(changed, printed)).isFalse();
        assertThat(ChainedDigest.verify(rows.subList(0, 1), printed)).isFalse();
        assertThat(ChainedDigest.verify(List.of(rows.get(1), rows.get(0)), printed)).isFalse();
    }

    @Test
    void thePdfPrintsEveryEventAndTheSameDigest() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String digest = export.writePdf(timeline, "Puskesmas — Riwayat Ticket t-1", "Diekspor oleh auditor@giliran.id", out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replace("\n", " ");
            assertThat(text).contains("Riwayat Ticket t-1", "Nomor dipanggil ke Loket 1", "loket@giliran.id",
                    "CallNextTicketCommand", "SHA-256 berantai: " + digest);
        }
        assertThat(digest).isEqualTo(ChainedDigest.of(export.rows(timeline)));
    }
}
