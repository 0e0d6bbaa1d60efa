package id.giliran.report.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxReportWriterTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    private final XlsxReportWriter writer = new XlsxReportWriter();

    @Test
    void periodHasASheetPerTableWithFrozenBoldHeaders() throws IOException {
        try (XSSFWorkbook workbook = period(FROM, TO, ExportProgress.NONE)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Ringkasan", "Harian", "Per poli", "Pendaftaran", "Daftar per poli",
                    "Per dokter", "BPJS");

            Sheet daily = workbook.getSheet("Harian");
            assertThat(texts(daily.getRow(0))).startsWith("Tanggal", "Pasien", "Lansia", "Ibu hamil", "Disabilitas",
                    "Balita").contains("Rata-rata tunggu (menit)", "Tunggu P90 (menit)", "Rata-rata layanan (menit)");
            assertThat(workbook.getFontAt(daily.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            for (String name : names) {
                PaneInformation pane = workbook.getSheet(name).getPaneInformation();
                assertThat(pane).as(name).isNotNull();
                assertThat(pane.isFreezePane()).as(name).isTrue();
            }
            assertThat(daily.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(daily.getColumnWidth(0)).isGreaterThan(2000);
        }
    }

    @Test
    void periodCellsAreTypedAndTheTotalRowIsTheSumOfTheDays() throws IOException {
        try (XSSFWorkbook workbook = period(FROM, TO, ExportProgress.NONE)) {
            Sheet daily = workbook.getSheet("Harian");
            assertThat(daily.getLastRowNum()).isEqualTo(31); // header, 30 days, total
            Row first = daily.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM);
            assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            for (int c = 1; c <= 13; c++) {
                assertThat(first.getCell(c).getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            }
            assertThat(first.getCell(11).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            Row total = daily.getRow(31);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Jumlah");
            for (int c = 1; c <= 10; c++) {
                double sum = 0;
                for (int r = 1; r <= 30; r++) {
                    sum += daily.getRow(r).getCell(c).getNumericCellValue();
                }
                assertThat(total.getCell(c).getNumericCellValue()).as("column %d", c).isEqualTo(sum);
            }

            Sheet bpjs = workbook.getSheet("BPJS");
            assertThat(bpjs.getLastRowNum()).isEqualTo(31);
            assertThat(DateUtil.isCellDateFormatted(bpjs.getRow(30).getCell(0))).isTrue();
            double bridged = 0;
            for (int r = 1; r <= 30; r++) {
                bridged += bpjs.getRow(r).getCell(1).getNumericCellValue();
            }
            assertThat(bpjs.getRow(31).getCell(1).getNumericCellValue()).isEqualTo(bridged);
        }
    }

    @Test
    void summaryNamesThePuskesmasPeriodAndExporterAndComparesWithThePreviousPeriod() throws IOException {
        try (XSSFWorkbook workbook = period(FROM, TO, ExportProgress.NONE)) {
            Sheet summary = workbook.getSheet("Ringkasan");
            String all = text(summary);
            assertThat(all).contains("Laporan bulanan", "Puskesmas Sukamaju", "Jl. Merdeka No. 10",
                    "1–30 November 2026", "2–31 Oktober 2026", "admin@giliran.id", "29 November 2026 19.45 WIB");
            Row patients = find(summary, "Pasien");
            assertThat(patients.getCell(1).getNumericCellValue()).isEqualTo(195);
            assertThat(patients.getCell(2).getNumericCellValue()).isEqualTo(146);
            assertThat(patients.getCell(3).getNumericCellValue()).isEqualTo(49);
            assertThat(patients.getCell(4).getNumericCellValue()).isEqualTo(33.6);
            Row from = find(summary, "Dari");
            assertThat(DateUtil.isCellDateFormatted(from.getCell(1))).isTrue();
            Row wait = find(summary, "Rata-rata tunggu (menit)");
            assertThat(wait.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wait.getCell(1).getNumericCellValue()).isEqualTo(14.7);

            Sheet doctors = workbook.getSheet("Per dokter");
            assertThat(text(doctors)).contains("dr. Sari Wulandari", "Tanpa dokter");
            assertThat(doctors.getRow(1).getCell(3).getNumericCellValue()
                    + doctors.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(100);
        }
    }

    @Test
    void aYearStreamsAndTellsItsProgress() throws IOException {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        AtomicInteger last = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writePeriod(Samples.header("Laporan tahunan", from, to), Samples.totals(from, to, 900),
                Samples.totals(from.minusDays(366), from.minusDays(1), 800), Samples.days(from, to),
                (written, total) -> {
                    assertThat(total).isEqualTo(366);
                    assertThat(written).isEqualTo(last.get() + 1);
                    last.set(written);
                }, out);

        assertThat(last.get()).isEqualTo(366);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheet("Harian").getLastRowNum()).isEqualTo(367);
            assertThat(workbook.getSheet("BPJS").getLastRowNum()).isEqualTo(367);
        }
    }

    @Test
    void emptyPeriodIsAValidWorkbookThatSaysNoData() throws IOException {
        AtomicInteger told = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writePeriod(Samples.header("Laporan bulanan", FROM, TO), Samples.empty(FROM, TO),
                Samples.empty(FROM.minusDays(30), FROM.minusDays(1)), Samples.days(FROM, TO),
                (w, t) -> told.set(w), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(text(workbook.getSheet("Ringkasan"))).contains("Tidak ada data", "Puskesmas Sukamaju");
            assertThat(text(workbook.getSheet("Harian"))).contains("Tidak ada data");
            assertThat(text(workbook.getSheet("Per poli"))).contains("Tidak ada data");
            assertThat(workbook.getSheet("Harian").getPaneInformation().isFreezePane()).isTrue();
        }
        assertThat(told.get()).isEqualTo(30);
    }

    @Test
    void dashboardDayHasItsSheets() throws IOException {
        LocalDate day = LocalDate.of(2026, 11, 29);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeDashboard(Samples.header("Dasbor harian", day, day), Samples.dashboard(day), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Ringkasan", "Per poli", "Pendaftaran", "Daftar per poli",
                    "Per dokter", "BPJS", "Kedatangan", "Loket");
            assertThat(find(workbook.getSheet("Ringkasan"), "Pasien").getCell(1).getNumericCellValue())
                    .isEqualTo(59);
            assertThat(text(workbook.getSheet("Kedatangan"))).contains("07.30");
            assertThat(text(workbook.getSheet("Loket"))).contains("A-012", "Dilayani", "10.10", "Belum memanggil");
            assertThat(text(workbook.getSheet("Ringkasan"))).doesNotContain("Tidak ada data");
        }

        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        writer.writeDashboard(Samples.header("Dasbor harian", day, day), Samples.emptyDashboard(day), empty);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(empty.toByteArray()))) {
            assertThat(text(workbook.getSheet("Ringkasan"))).contains("Tidak ada data");
        }
    }

    private XSSFWorkbook period(LocalDate from, LocalDate to, ExportProgress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writePeriod(Samples.header("Laporan bulanan", from, to), Samples.totals(from, to, 40),
                Samples.totals(from.minusDays(30), from.minusDays(1), 30), Samples.days(from, to), progress, out);
        PdfReportWriterTest.dump("period-" + from + "-" + to + ".xlsx", out.toByteArray());
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static Row find(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }
}
