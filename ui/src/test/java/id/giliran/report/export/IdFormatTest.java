package id.giliran.report.export;

import id.giliran.api.queue.PriorityReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class IdFormatTest {

    @Test
    void numbersUseIndonesianGroupingAndDecimalComma() {
        assertThat(IdFormat.number(1234)).isEqualTo("1.234");
        assertThat(IdFormat.number(1234567)).isEqualTo("1.234.567");
        assertThat(IdFormat.decimal(12.5)).isEqualTo("12,5");
        assertThat(IdFormat.decimal(1234.56)).isEqualTo("1.234,6");
    }

    @Test
    void durationsAreMinutesWithOneDecimal() {
        assertThat(IdFormat.duration(Duration.ofSeconds(750))).isEqualTo("12,5 menit");
        assertThat(IdFormat.duration(Duration.ofMinutes(12))).isEqualTo("12,0 menit");
        assertThat(IdFormat.duration(null)).isEqualTo("–");
        assertThat(IdFormat.minutes(Duration.ofSeconds(93))).isEqualTo(1.6);
    }

    @Test
    void datesAndPeriodsAreWrittenOut() {
        assertThat(IdFormat.date(LocalDate.of(2026, 11, 29))).isEqualTo("29 November 2026");
        assertThat(IdFormat.date(LocalDate.of(2026, 8, 17))).isEqualTo("17 Agustus 2026");
        assertThat(IdFormat.period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isEqualTo("1–30 November 2026");
        assertThat(IdFormat.period(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 3)))
                .isEqualTo("28 November – 3 Desember 2026");
        assertThat(IdFormat.period(LocalDate.of(2026, 12, 29), LocalDate.of(2027, 1, 2)))
                .isEqualTo("29 Desember 2026 – 2 Januari 2027");
        assertThat(IdFormat.period(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29)))
                .isEqualTo("29 November 2026");
        assertThat(IdFormat.dayRow(LocalDate.of(2026, 11, 2))).isEqualTo("Sen, 02/11/2026");
        assertThat(IdFormat.time(LocalTime.of(7, 30))).isEqualTo("07.30");
    }

    @Test
    void exportTimesNameTheIndonesianZone() {
        assertThat(IdFormat.dateTime(ZonedDateTime.of(2026, 11, 29, 19, 45, 0, 0, ZoneId.of("Asia/Jakarta"))))
                .isEqualTo("29 November 2026 19.45 WIB");
        assertThat(IdFormat.dateTime(ZonedDateTime.of(2026, 11, 29, 20, 45, 0, 0, ZoneId.of("Asia/Makassar"))))
                .endsWith("WITA");
        assertThat(IdFormat.dateTime(ZonedDateTime.of(2026, 11, 29, 21, 45, 0, 0, ZoneId.of("Asia/Jayapura"))))
                .endsWith("WIT");
        assertThat(IdFormat.dateTime(ZonedDateTime.of(2026, 11, 29, 12, 45, 0, 0, ZoneOffset.UTC)))
                .endsWith("12.45 UTC");
    }

    @Test
    void changesAreSigned() {
        assertThat(IdFormat.change(195, 146)).isEqualTo("+49 (+33,6 %)");
        assertThat(IdFormat.change(4, 5)).isEqualTo("-1 (-20,0 %)");
        assertThat(IdFormat.change(5, 5)).isEqualTo("0 (0,0 %)");
        assertThat(IdFormat.change(5, 0)).isEqualTo("+5");
        assertThat(IdFormat.change(Duration.ofMinutes(12), Duration.ofSeconds(630))).isEqualTo("+1,5 menit");
        assertThat(IdFormat.change(null, Duration.ofMinutes(3))).isEqualTo("–");
    }

    @Test
    void priorityReasonsReadAsPeopleSayThem() {
        assertThat(IdFormat.reason(PriorityReason.IBU_HAMIL)).isEqualTo("Ibu hamil");
        assertThat(IdFormat.reason(PriorityReason.LANSIA)).isEqualTo("Lansia");
    }

    @Test
    void exporterNamesItsFiles() {
        assertThat(ReportExporter.fileName(ReportExporter.Format.PDF, LocalDate.of(2026, 11, 29),
                LocalDate.of(2026, 11, 29))).isEqualTo("dasbor-2026-11-29.pdf");
        assertThat(ReportExporter.fileName(ReportExporter.Format.XLSX, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30))).isEqualTo("laporan-2026-11-01-sd-2026-11-30.xlsx");
    }
}
