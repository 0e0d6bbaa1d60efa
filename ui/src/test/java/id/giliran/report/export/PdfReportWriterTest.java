package id.giliran.report.export;

import id.giliran.api.report.DayFigures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportWriterTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private final PdfReportWriter writer = new PdfReportWriter();

    @Test
    void periodReportHasTheFrameOnEveryPageTheTotalsAndTheChanges() throws IOException {
        List<Integer> progress = new ArrayList<>();
        byte[] pdf = period(FROM, TO, Samples.totals(FROM, TO, 40), Samples.totals(FROM.minusDays(30),
                FROM.minusDays(1), 30), (written, total) -> {
            progress.add(written);
            assertThat(total).isEqualTo(30);
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            List<String> pages = pages(document);
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i)).as("page %d", i + 1).contains(Samples.FACILITY, Samples.ADDRESS,
                        "Laporan bulanan", "Periode 1–30 November 2026",
                        "Diekspor oleh admin@giliran.id, 29 November 2026 19.45 WIB",
                        "Halaman " + (i + 1) + " dari " + pages.size());
            }
            String all = String.join("\n", pages);
            // 40 lansia + 20 ibu hamil + 1 disabilitas + 13 balita = 74 priority, 121 general: 195 patients
            assertThat(all).contains("Periode sebelumnya", "Perubahan", "Pasien 195 ", "Ibu hamil", "Disabilitas",
                    "Balita", "Lansia", "Poli Umum", "Poli Gigi", "dr. Sari Wulandari", "Tanpa dokter",
                    "Statistik harian", "BPJS per hari", "Sen, 02/11/2026", "Jumlah",
                    "Rata-rata tunggu (menit)",
                    "2–31 Oktober 2026", "Pasien per hari", "Antrean per poli");
            assertThat(all).doesNotContain("Tidak ada data");
            assertThat(landscape(document)).isTrue();
        }
        assertThat(progress).hasSize(30).startsWith(1, 2).endsWith(30);
    }

    @Test
    void periodTotalsChangeIsSignedAgainstThePreviousPeriod() throws IOException {
        byte[] pdf = period(FROM, TO, Samples.totals(FROM, TO, 40), Samples.totals(FROM.minusDays(30),
                FROM.minusDays(1), 30), ExportProgress.NONE);

        String text = text(pdf);
        // patients 195 now, 30-scale before: 30+15+0+10 priority, 91 general = 146; +49 (+33,6 %)
        assertThat(text).contains("Pasien 195 146 +49 (+33,6 %)");
    }

    @Test
    void emptyPeriodIsAValidPdfThatSaysNoData() throws IOException {
        AtomicInteger told = new AtomicInteger();
        Iterator<DayFigures> untouched = new Iterator<>() {
            @Override
            public boolean hasNext() {
                throw new AssertionError("an empty period does not read its days");
            }

            @Override
            public DayFigures next() {
                throw new AssertionError();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writePeriod(Samples.header("Laporan bulanan", FROM, TO), Samples.empty(FROM, TO),
                Samples.empty(FROM.minusDays(30), FROM.minusDays(1)), untouched, (w, t) -> told.set(w), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tidak ada data", Samples.FACILITY, "Halaman 1 dari 1");
        }
        assertThat(told.get()).isEqualTo(30);
    }

    @Test
    void aYearIsStreamedOverManyPagesAndTellsItsProgress() throws IOException {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        byte[] pdf = period(from, to, Samples.totals(from, to, 900), Samples.totals(from.minusDays(366),
                from.minusDays(1), 800), (written, total) -> {
            assertThat(total).isEqualTo(366);
            assertThat(written).isEqualTo(last.get() + 1);
            last.set(written);
            calls.incrementAndGet();
        });

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(10);
            List<String> pages = pages(document);
            assertThat(pages).allSatisfy(page -> assertThat(page).contains(Samples.FACILITY,
                    "Periode 1 Januari – 31 Desember 2024", "Diekspor oleh admin@giliran.id"));
            String all = String.join("\n", pages);
            assertThat(all).contains("Sen, 01/01/2024", "Sel, 31/12/2024");
        }
        assertThat(last.get()).isEqualTo(366);
        assertThat(calls.get()).isEqualTo(366);
    }

    @Test
    void pagesOfTheDaysAreWrittenOutWhileTheDaysStillCome() throws IOException {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        AtomicInteger bytes = new AtomicInteger();
        java.io.OutputStream counting = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
        Iterator<DayFigures> days = Samples.days(from, to);
        int[] writtenAt = new int[367];
        Iterator<DayFigures> watched = new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return days.hasNext();
            }

            @Override
            public DayFigures next() {
                writtenAt[read++] = bytes.get();
                return days.next();
            }
        };

        writer.writePeriod(Samples.header("Laporan tahunan", from, to), Samples.totals(from, to, 900),
                Samples.totals(from.minusDays(366), from.minusDays(1), 800), watched, ExportProgress.NONE, counting);

        // the first days' pages are out (in the stream, not in memory) before the last days are read
        assertThat(writtenAt[300]).isGreaterThan(writtenAt[100] + 10_000);
    }

    @Test
    void dashboardDayHasItsTotalsSectionsAndCharts() throws IOException {
        LocalDate day = LocalDate.of(2026, 11, 29);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeDashboard(Samples.header("Dasbor harian", day, day), Samples.dashboard(day), out);
        dump("dashboard.pdf", out.toByteArray());

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            List<String> pages = pages(document);
            assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page).contains(Samples.FACILITY,
                    "Periode 29 November 2026", "Diekspor oleh admin@giliran.id"));
            String all = String.join("\n", pages);
            // queue(12): 12 + 6 + 0 + 4 = 22 priority, 37 general, 59 patients; 36 registered
            assertThat(all).contains("Ringkasan 29 November 2026", "Pasien 59", "Terdaftar di loket 36",
                    "Prioritas 22", "Pasien baru 12 33 %", "Pasien lama 24 67 %", "BPJS hari ini",
                    "Kedatangan per 30 menit", "07.30", "Loket 1", "A-012", "Dilayani", "10.10",
                    "Belum memanggil", "Antrean per poli", "Rata-rata Persentil 90");
            assertThat(all).doesNotContain("Tidak ada data");
        }
    }

    @Test
    void emptyDashboardSaysNoData() throws IOException {
        LocalDate day = LocalDate.of(2026, 11, 29);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeDashboard(Samples.header("Dasbor harian", day, day), Samples.emptyDashboard(day), out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Tidak ada data", Samples.FACILITY);
        }
    }

    private byte[] period(LocalDate from, LocalDate to, id.giliran.api.report.PeriodReport current,
                          id.giliran.api.report.PeriodReport previous, ExportProgress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writePeriod(Samples.header("Laporan bulanan", from, to), current, previous, Samples.days(from, to),
                progress, out);
        dump("period-" + from + "-" + to + ".pdf", out.toByteArray());
        return out.toByteArray();
    }

    static void dump(String name, byte[] bytes) throws IOException {
        String dir = System.getProperty("giliran.export.dump");
        if (dir != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(dir, name), bytes);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> pages(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    private static boolean landscape(PDDocument document) {
        for (PDPage page : document.getPages()) {
            boolean turned = page.getRotation() % 180 != 0;
            if (turned != page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) {
                return true;
            }
        }
        return false;
    }
}
