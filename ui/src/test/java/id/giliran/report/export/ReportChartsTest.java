package id.giliran.report.export;

import id.giliran.api.report.ArrivalSlot;
import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;
import org.jfree.chart.plot.RingPlot;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @Test
    void queuePerClinicIsAnAccessibleSvgNamingTheClinics() {
        ReportChart chart = ReportCharts.queuePerClinic(Samples.clinics(12));

        String svg = chart.toSvg();

        assertThat(svg).startsWith("<svg");
        assertThat(svg).contains("role=\"img\"", "aria-label=\"Grafik batang pasien per poli",
                "<title>Antrean per poli</title>", "Poli Umum", "Poli Gigi", "Poli KIA", "Prioritas",
                "Antrean umum", "viewBox='0.0 0.0 560.0 300.0'");
        assertThat(svg).doesNotContain("Tidak ada data", "linearGradient");
        assertThat(chart.isEmpty()).isFalse();
    }

    @Test
    void everyChartOfTheDashboardDrawsWithoutData() {
        for (ReportChart chart : ReportCharts.dashboard(Samples.emptyDashboard(DAY))) {
            String svg = chart.toSvg();
            assertThat(chart.isEmpty()).as(chart.name()).isTrue();
            assertThat(svg).as(chart.name()).startsWith("<svg").contains("Tidak ada data");
            assertThat(chart.description()).as(chart.name()).endsWith("tidak ada data");
        }
        assertThat(ReportCharts.patientsPerDay(Map.of()).toSvg()).contains("Tidak ada data");
        assertThat(ReportCharts.queuePerClinic(null).toSvg()).contains("Tidak ada data");
    }

    @Test
    void everyChartOfTheDashboardDrawsItsData() {
        List<ReportChart> charts = ReportCharts.dashboard(Samples.dashboard(DAY));

        assertThat(charts).extracting(ReportChart::name).containsExactly("queue-per-clinic", "new-vs-returning",
                "bpjs-vs-umum", "average-waits", "bpjs-bridging", "arrivals");
        for (ReportChart chart : charts) {
            assertThat(chart.isEmpty()).as(chart.name()).isFalse();
            assertThat(chart.toSvg()).as(chart.name()).doesNotContain("Tidak ada data");
        }
    }

    @Test
    void donutPercentagesAreWholeAndAddUpToAHundred() {
        ReportChart chart = ReportCharts.newVsReturning(
                new RegistrationFigures(3, 1, 2, 0, 0, 0, List.of(), List.of()));

        String svg = chart.toSvg();

        assertThat(svg).contains("Baru 1 (33 %)", "Lama 2 (67 %)");
        assertThat(percentages(chart.description())).isEqualTo(100);
        ReportChart thirds = ReportCharts.bpjsVsUmum(1, 1);
        assertThat(percentages(thirds.description())).isEqualTo(100);
        ReportChart seven = ReportCharts.bpjsVsUmum(QueueFigures.NONE);
        assertThat(seven.isEmpty()).isTrue();
        assertThat(((RingPlot) chart.chart().getPlot()).getCenterText()).isEqualTo("3");
    }

    @Test
    void waitsAreInMinutesWithTheNinetiethPercentileAndAllClinics() {
        ReportChart chart = ReportCharts.averageWaits(Samples.queue(12), Samples.clinics(12));

        String svg = chart.toSvg();

        assertThat(svg).contains("Semua poli", "Persentil 90", "11,4", "27,2");
        assertThat(chart.description()).contains("Poli Umum: rata-rata 11,4 menit, persentil 90 27,2 menit");
    }

    @Test
    void arrivalsAreLabelledByHalfHourAndBridgingByStatus() {
        ReportChart arrivals = ReportCharts.arrivals(List.of(new ArrivalSlot(LocalTime.of(7, 30), 4),
                new ArrivalSlot(LocalTime.of(8, 0), 1234)));
        assertThat(arrivals.toSvg()).contains("07.30", "08.00", "1.234");

        ReportChart bridging = ReportCharts.bpjsBridging(new BpjsFigures(10, 2, 3, 1, 0, 0, 0));
        assertThat(bridging.toSvg()).contains("Terkirim", "Gagal", "Menunggu", "Dihapus");
    }

    @Test
    void patientsPerDayIsALineWithIndonesianDates() {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            days.put(LocalDate.of(2026, 11, 1).plusDays(i), (long) (i % 7 + 3));
        }
        ReportChart chart = ReportCharts.patientsPerDay(days);

        assertThat(chart.toSvg()).contains("Nov", "<title>Pasien per hari</title>");
        assertThat(chart.description()).contains("1–30 November 2026");
    }

    @Test
    void drawsOntoAnyGraphics() {
        BufferedImage image = new BufferedImage(560, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ReportCharts.queuePerClinic(Samples.clinics(5)).draw(g2, new Rectangle2D.Double(0, 0, 560, 300));
        g2.dispose();
        assertThat(image.getRGB(5, 5)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void textIsEscapedInTheAccessibleName() {
        ReportChart chart = ReportCharts.queuePerClinic(List.of(new id.giliran.api.report.ClinicFigures("X",
                "KIA & \"Gizi\" <anak>", Samples.queue(2))));
        assertThat(chart.toSvg()).contains("KIA &amp; &quot;Gizi&quot; &lt;anak&gt;").doesNotContain("<anak>");
    }

    private static int percentages(String text) {
        Matcher matcher = Pattern.compile("\\((\\d+) %\\)").matcher(text);
        int sum = 0;
        while (matcher.find()) {
            sum += Integer.parseInt(matcher.group(1));
        }
        return sum;
    }
}
