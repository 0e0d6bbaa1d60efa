package id.giliran.audit.export;

import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.audit.export.AuditExportVerifier.Problem;
import id.giliran.audit.export.AuditExportVerifier.Result;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export verifies; a changed, deleted, inserted or moved row is found at its row; the PDF prints the digest. */
class AuditExportVerifierTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final Instant AT = Instant.parse("2026-11-29T02:00:00Z");

    static List<AuditEntryView> entries(int count) {
        return IntStream.range(0, count).mapToObj(i -> new AuditEntryView("e" + i, AT.minusSeconds(i * 60L),
                "loket@giliran.id", "PETUGAS_LOKET", "10.0.0." + i, i % 3 == 0 ? "RecordAccessed PATIENT" : "Call, \"next\"",
                "p-" + i, i % 4 != 1, i % 4 == 1 ? "TICKET_NOT_WAITING" : null,
                i % 3 == 0 ? AuditEntryKind.ACCESS : AuditEntryKind.CHANGE)).toList();
    }

    static String csv(List<AuditEntryView> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AuditCsvWriter(ZONE).write(entries, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Result verify(String file) throws IOException {
        return new AuditExportVerifier().verify(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> lines(String file) {
        return new ArrayList<>(Arrays.asList(file.split("\n")));
    }

    static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void anUntouchedExportVerifiesAndItsClosingLineCarriesTheChainsDigest() throws IOException {
        List<AuditEntryView> entries = entries(10);
        String file = csv(entries);

        Result result = verify(file);

        assertThat(result.intact()).isTrue();
        assertThat(result.rows()).isEqualTo(10);
        List<String> lines = lines(file);
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).isEqualTo(AuditCsv.HEADER);
        assertThat(lines.get(11)).isEqualTo("# SHA-256 rantai: " + result.digest() + "; baris: 10");
        assertThat(result.digest()).isEqualTo(ChainedDigest.of(entries.stream()
                .map(entry -> AuditCsv.canonical(entry, ZONE)).toList()));
        assertThat(lines.get(1)).startsWith("2026-11-29T09:00:00+07:00,ACCESS,loket@giliran.id,PETUGAS_LOKET,10.0.0.0,"
                + "RecordAccessed PATIENT,p-0,berhasil,,e0,");
        assertThat(lines.get(2)).contains(",\"Call, \"\"next\"\"\",");
        assertThat(verify(file.replace("\n", "\r\n")).intact()).as("line ends changed by an editor").isTrue();
        assertThat(verify(csv(List.of())).intact()).as("an empty trail").isTrue();
    }

    @Test
    void aChangedRowIsFoundAtThatRow() throws IOException {
        List<String> lines = lines(csv(entries(10)));
        lines.set(4, lines.get(4).replace("10.0.0.3", "10.0.0.99"));

        assertThat(verify(join(lines))).isEqualTo(new Result(Problem.ROW_BROKEN, 4, 3, null));
    }

    @Test
    void aDeletedRowIsFoundWhereItWas() throws IOException {
        List<String> lines = lines(csv(entries(10)));
        lines.remove(6);

        assertThat(verify(join(lines)).problem()).isEqualTo(Problem.ROW_BROKEN);
        assertThat(verify(join(lines)).row()).isEqualTo(6);
    }

    @Test
    void aMovedRowIsFoundWhereTheOrderFirstDiffers() throws IOException {
        List<String> lines = lines(csv(entries(10)));
        lines.add(3, lines.remove(8));

        assertThat(verify(join(lines)).row()).isEqualTo(3);
    }

    @Test
    void aRowChangedWithItsLinkRecomputedBreaksTheNextRow() throws Exception {
        List<String> lines = lines(csv(entries(10)));
        String previousLink = lines.get(5).substring(lines.get(5).lastIndexOf(',') + 1);
        String changed = lines.get(6).substring(0, lines.get(6).lastIndexOf(',')).replace("gagal", "berhasil");
        assertThat(changed).isNotEqualTo(lines.get(6).substring(0, lines.get(6).lastIndexOf(',')));
        // the forger recomputes the changed row's own link from the genuine previous one
        String link = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest((previousLink + "\n" + changed).getBytes(StandardCharsets.UTF_8)));
        lines.set(6, changed + "," + link);

        assertThat(verify(join(lines)).row()).isEqualTo(7);
    }

    @Test
    void aCutFileAChangedClosingLineAndAFileThatIsNoExportAreTold() throws IOException {
        List<String> lines = lines(csv(entries(5)));
        List<String> cut = new ArrayList<>(lines.subList(0, 4));
        assertThat(verify(join(cut))).isEqualTo(new Result(Problem.CLOSING_MISSING, 0, 3,
                ChainedDigest.of(entries(3).stream().map(entry -> AuditCsv.canonical(entry, ZONE)).toList())));

        List<String> closing = new ArrayList<>(lines);
        closing.set(6, closing.get(6).replace("baris: 5", "baris: 4"));
        assertThat(verify(join(closing)).problem()).isEqualTo(Problem.CLOSING_CHANGED);

        List<String> appended = new ArrayList<>(lines);
        appended.add("2026-11-29T09:00:00+07:00,ACCESS,x,,,,,berhasil,,e99,00");
        assertThat(verify(join(appended)).problem()).isEqualTo(Problem.CLOSING_CHANGED);

        assertThat(verify("nama,nik\nSiti,3201\n").problem()).isEqualTo(Problem.NOT_AN_EXPORT);
        assertThat(verify("").problem()).isEqualTo(Problem.NOT_AN_EXPORT);
        assertThat(verify("x".repeat(AuditExportVerifier.MAX_LINE * 2)).problem()).isEqualTo(Problem.NOT_AN_EXPORT);
    }

    @Test
    void thePdfPrintsTheSameDigestAtTheEndAndOnEveryPageAndEachRowsShortLink() throws IOException {
        List<AuditEntryView> entries = entries(120);
        String digest = verify(csv(entries)).digest();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        AuditExportHeader header = new AuditExportHeader("Puskesmas Sumbersari", "Jl. Letjen Panjaitan 42",
                "Jejak audit", "Jenis entri: Akses", "audit@giliran.id",
                ZonedDateTime.of(2026, 11, 29, 19, 45, 0, 0, ZONE));

        ChainedDigest written = new AuditPdfWriter(ZONE).write(header, entries, pdf);

        assertThat(written.digest()).isEqualTo(digest);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document);
            assertThat(all).contains("Puskesmas Sumbersari", "Jejak audit", "Jenis entri: Akses",
                    "Diekspor oleh audit@giliran.id pada 29 November 2026 19.45 WIB", "Jumlah entri: 120",
                    "SHA-256 rantai (digest akhir): " + digest);
            ChainedDigest chain = new ChainedDigest();
            String firstLink = chain.add(AuditCsv.canonical(entries.get(0), ZONE));
            assertThat(all).contains(firstLink.substring(0, AuditPdfWriter.SHORT_LINK));
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("SHA-256 rantai: " + digest,
                        "Halaman " + page + " dari " + document.getNumberOfPages());
            }
        }
    }
}
