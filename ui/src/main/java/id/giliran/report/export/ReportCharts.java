package id.giliran.report.export;

import id.giliran.api.report.ArrivalSlot;
import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The charts of the dashboard and the reports, built from the report records. One style for all:
 * flat (no gradients, shadows or 3D), white background, a light grid, SansSerif text, values on the
 * bars, and the Okabe–Ito palette, which people with colour-blindness can tell apart. A chart with
 * nothing to show says "Tidak ada data".
 */
public final class ReportCharts {

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color YELLOW = new Color(0xF0E442);

    private static final String ALL_CLINICS = "Semua poli";

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ReportCharts() {
    }

    /** The dashboard's charts, in the order of its cards. */
    public static List<ReportChart> dashboard(DashboardView view) {
        return List.of(queuePerClinic(view.clinics()), newVsReturning(view.registrations()),
                bpjsVsUmum(view.queue()), averageWaits(view.queue(), view.clinics()), bpjsBridging(view.bpjs()),
                arrivals(view.arrivals()));
    }

    /** (a) Patients per clinic, priority and general queue as bars of their own. */
    public static ReportChart queuePerClinic(List<ClinicFigures> clinics) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        StringJoiner said = new StringJoiner("; ");
        long total = 0;
        for (ClinicFigures clinic : safe(clinics)) {
            String name = IdFormat.name(clinic.clinicName(), clinic.clinicCode());
            QueueFigures queue = queue(clinic);
            dataset.addValue(queue.priority(), "Prioritas", name);
            dataset.addValue(queue.general(), "Antrean umum", name);
            total += queue.priority() + queue.general();
            said.add(name + ": " + IdFormat.number(queue.priority()) + " prioritas, " + IdFormat.number(queue.general())
                    + " umum");
        }
        boolean empty = total == 0;
        if (empty) {
            dataset.clear();
        }
        JFreeChart chart = ChartStyle.bars("Antrean per poli", "Pasien", dataset, true, ORANGE, BLUE);
        return new ReportChart("queue-per-clinic", "Antrean per poli",
                describe("Grafik batang pasien per poli, prioritas dan antrean umum", empty, said), empty, chart);
    }

    /** (b) New against returning patients among the registrations, as a donut. */
    public static ReportChart newVsReturning(RegistrationFigures registrations) {
        RegistrationFigures r = registrations == null ? RegistrationFigures.NONE : registrations;
        return ChartStyle.donut("new-vs-returning", "Pasien baru dan lama",
                "Diagram donat pasien baru dan pasien lama",
                new String[]{"Baru", "Lama"}, new long[]{r.newPatients(), r.returningPatients()},
                new Color[]{GREEN, BLUE});
    }

    /** (c) BPJS against umum (self-paying) patients in the queue, as a donut. */
    public static ReportChart bpjsVsUmum(QueueFigures queue) {
        QueueFigures q = queue == null ? QueueFigures.NONE : queue;
        return bpjsVsUmum(q.bpjs(), q.umum());
    }

    /** (c) BPJS against umum (self-paying), as a donut. */
    public static ReportChart bpjsVsUmum(long bpjs, long umum) {
        return ChartStyle.donut("bpjs-vs-umum", "BPJS dan umum",
                "Diagram donat pasien BPJS dan pasien umum (bayar sendiri)",
                new String[]{"BPJS", "Umum"}, new long[]{bpjs, umum}, new Color[]{SKY, ORANGE});
    }

    /** (d) The average wait per clinic and over all clinics, with the 90th percentile where measured. */
    public static ReportChart averageWaits(QueueFigures overall, List<ClinicFigures> clinics) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        StringJoiner said = new StringJoiner("; ");
        boolean any = false;
        List<ClinicFigures> rows = new ArrayList<>(safe(clinics));
        rows.add(new ClinicFigures(null, ALL_CLINICS, overall == null ? QueueFigures.NONE : overall));
        for (ClinicFigures clinic : rows) {
            String name = IdFormat.name(clinic.clinicName(), clinic.clinicCode());
            QueueFigures queue = queue(clinic);
            Double average = IdFormat.minutes(queue.averageWait());
            Double p90 = IdFormat.minutes(queue.waitP90());
            dataset.addValue(average, "Rata-rata", name);
            dataset.addValue(p90, "Persentil 90", name);
            any |= average != null || p90 != null;
            said.add(name + ": rata-rata " + IdFormat.duration(queue.averageWait()) + ", persentil 90 "
                    + IdFormat.duration(queue.waitP90()));
        }
        if (!any) {
            dataset.clear();
        }
        JFreeChart chart = ChartStyle.bars("Waktu tunggu per poli", "Menit", dataset, true, BLUE, VERMILLION);
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis minutes = (NumberAxis) plot.getRangeAxis();
        minutes.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        minutes.setNumberFormatOverride(ChartStyle.decimals());
        // waits are never negative, and a few seconds must not stretch the axis into repeated "0,1" ticks
        minutes.setRangeType(org.jfree.data.RangeType.POSITIVE);
        minutes.setAutoRangeMinimumSize(1.0);
        ((BarRenderer) plot.getRenderer()).setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", ChartStyle.decimals()));
        return new ReportChart("average-waits", "Waktu tunggu per poli",
                describe("Grafik batang waktu tunggu dalam menit per poli dan semua poli", !any, said), !any, chart);
    }

    /** (e) BPJS bridging: visits bridged, failed, pending and deleted. */
    public static ReportChart bpjsBridging(BpjsFigures bpjs) {
        BpjsFigures b = bpjs == null ? BpjsFigures.NONE : bpjs;
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String[] labels = {"Terkirim", "Gagal", "Menunggu", "Dihapus"};
        long[] values = {b.visitsBridged(), b.visitsFailed(), b.visitsPending(), b.visitsDeleted()};
        StringJoiner said = new StringJoiner("; ");
        for (int i = 0; i < labels.length; i++) {
            dataset.addValue(values[i], "Kunjungan", labels[i]);
            said.add(labels[i] + " " + IdFormat.number(values[i]));
        }
        boolean empty = b.visits() == 0;
        if (empty) {
            dataset.clear();
        }
        JFreeChart chart = ChartStyle.bars("Bridging BPJS (PCare)", "Kunjungan", dataset, false, GREEN);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        Color[] colours = {GREEN, VERMILLION, ORANGE, PURPLE};
        // one series, a colour per status
        chart.getCategoryPlot().setRenderer(new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return colours[column % colours.length];
            }
        });
        ChartStyle.copyStyle(renderer, (BarRenderer) chart.getCategoryPlot().getRenderer());
        return new ReportChart("bpjs-bridging", "Bridging BPJS (PCare)",
                describe("Grafik batang kunjungan BPJS per status bridging", empty, said), empty, chart);
    }

    /** (f) Patients who arrived per half hour, x labelled "07.30". */
    public static ReportChart arrivals(List<ArrivalSlot> arrivals) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        StringJoiner said = new StringJoiner("; ");
        long total = 0;
        List<ArrivalSlot> slots = safe(arrivals);
        for (ArrivalSlot slot : slots) {
            String label = IdFormat.time(slot.start());
            dataset.addValue(slot.patients(), "Pasien", label);
            total += slot.patients();
            if (slot.patients() > 0) {
                said.add(label + " " + IdFormat.number(slot.patients()));
            }
        }
        boolean empty = total == 0;
        if (empty) {
            dataset.clear();
        }
        JFreeChart chart = ChartStyle.bars("Kedatangan per 30 menit", "Pasien", dataset, false, SKY);
        CategoryPlot plot = chart.getCategoryPlot();
        if (slots.size() > 12) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
            plot.getDomainAxis().setTickLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 9));
        }
        if (slots.size() > 24) {
            plot.getRenderer().setDefaultItemLabelsVisible(false);
        }
        return new ReportChart("arrivals", "Kedatangan per 30 menit",
                describe("Grafik kolom pasien yang datang per setengah jam", empty, said), empty, chart);
    }

    /** (g) Patients per day of a period, as a line. */
    public static ReportChart patientsPerDayOf(List<DayFigures> days) {
        Map<LocalDate, Long> byDay = new LinkedHashMap<>();
        for (DayFigures day : safe(days)) {
            byDay.put(day.date(), day.queue() == null ? 0 : day.queue().tickets());
        }
        return patientsPerDay(byDay);
    }

    /** (g) Patients per day of a period, as a line; the map in date order. */
    public static ReportChart patientsPerDay(Map<LocalDate, Long> patientsByDay) {
        XYSeries series = new XYSeries("Pasien", true, false);
        long total = 0;
        long most = -1;
        LocalDate busiest = null;
        LocalDate first = null;
        LocalDate last = null;
        for (Map.Entry<LocalDate, Long> day : patientsByDay.entrySet()) {
            long patients = day.getValue() == null ? 0 : day.getValue();
            series.add(day.getKey().toEpochDay(), patients);
            total += patients;
            if (patients > most) {
                most = patients;
                busiest = day.getKey();
            }
            first = first == null ? day.getKey() : first;
            last = day.getKey();
        }
        boolean empty = total == 0;
        XYSeriesCollection dataset = new XYSeriesCollection();
        if (!empty) {
            dataset.addSeries(series);
        }
        NumberAxis x = new NumberAxis(null);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new ChartStyle.EpochDayFormat());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = new NumberAxis("Pasien");
        // patients are whole people: no "0,5" ticks on a quiet day
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setRangeType(org.jfree.data.RangeType.POSITIVE);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, series.getItemCount() <= 62);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        JFreeChart chart = new JFreeChart("Pasien per hari", new Font(ChartStyle.FONT, Font.BOLD, 14), plot,
                false);
        ChartStyle.style(chart);
        ChartStyle.styleAxes(x, y);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        StringJoiner said = new StringJoiner("; ");
        if (!empty) {
            said.add("jumlah " + IdFormat.number(total) + " pasien dari " + IdFormat.period(first, last));
            said.add("terbanyak " + IdFormat.number(most) + " pada " + IdFormat.date(busiest));
        }
        return new ReportChart("patients-per-day", "Pasien per hari",
                describe("Grafik garis jumlah pasien per hari", empty, said), empty, chart);
    }

    static String describe(String what, boolean empty, StringJoiner said) {
        return empty ? what + ": " + IdFormat.NO_DATA.toLowerCase() : what + ". " + said;
    }

    private static QueueFigures queue(ClinicFigures clinic) {
        return clinic.queue() == null ? QueueFigures.NONE : clinic.queue();
    }

    private static <T> List<T> safe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
