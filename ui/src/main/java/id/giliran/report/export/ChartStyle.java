package id.giliran.report.export;

import id.giliran.api.report.Percentages;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.AttributedString;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The one look of every report chart: flat (no gradients, shadows or 3D), white, a light grid,
 * SansSerif text, values on the bars; and the shapes built on it (bars, donut).
 */
final class ChartStyle {

    static final String FONT = "SansSerif";
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);
    static final Color GRID = new Color(0xE3E3E3);

    private ChartStyle() {
    }

    static ReportChart donut(String name, String title, String what, String[] keys, long[] counts,
                                     Color[] colours) {
        int[] percents = Percentages.of(counts);
        long total = 0;
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        Map<String, String> labels = new LinkedHashMap<>();
        StringJoiner said = new StringJoiner("; ");
        for (int i = 0; i < keys.length; i++) {
            total += counts[i];
            String label = keys[i] + " " + IdFormat.number(counts[i]) + " (" + IdFormat.percent(percents[i]) + ")";
            labels.put(keys[i], label);
            said.add(label);
            if (counts[i] > 0) {
                dataset.setValue(keys[i], counts[i]);
            }
        }
        boolean empty = total == 0;
        RingPlot plot = new RingPlot(dataset);
        plot.setNoDataMessage(IdFormat.NO_DATA);
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 14));
        plot.setNoDataMessagePaint(MUTED);
        for (int i = 0; i < keys.length; i++) {
            plot.setSectionPaint(keys[i], colours[i]);
        }
        plot.setSectionDepth(0.38);
        plot.setSeparatorsVisible(false);
        plot.setSectionOutlinesVisible(false);
        plot.setShadowPaint(null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setIgnoreZeroValues(true);
        PieSectionLabelGenerator generator = new FixedLabels(labels);
        plot.setLabelGenerator(generator);
        plot.setLegendLabelGenerator(generator);
        plot.setLabelFont(new Font(FONT, Font.PLAIN, 11));
        plot.setLabelPaint(TEXT);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkPaint(MUTED);
        plot.setCenterTextMode(CenterTextMode.FIXED);
        plot.setCenterText(empty ? "" : IdFormat.number(total));
        plot.setCenterTextFont(new Font(FONT, Font.BOLD, 16));
        plot.setCenterTextColor(TEXT);
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 14), plot, true);
        style(chart);
        return new ReportChart(name, title,
                ReportCharts.describe(what + ", jumlah " + IdFormat.number(total), empty, said), empty,
                chart);
    }

    static JFreeChart bars(String title, String valueAxis, DefaultCategoryDataset dataset, boolean legend,
                                   Color... colours) {
        CategoryAxis x = new CategoryAxis(null);
        NumberAxis y = new NumberAxis(valueAxis);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setNumberFormatOverride(integers());
        y.setUpperMargin(0.15);
        y.setRangeType(org.jfree.data.RangeType.POSITIVE);
        BarRenderer renderer = new BarRenderer();
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        styleBars(renderer);
        CategoryPlot plot = new CategoryPlot(dataset, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        x.setCategoryMargin(0.25);
        x.setMaximumCategoryLabelLines(2);
        styleAxes(x, y);
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 14), plot, legend);
        style(chart);
        return chart;
    }

    static void styleBars(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", integers()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 10));
        renderer.setDefaultItemLabelPaint(TEXT);
    }

    static void copyStyle(BarRenderer from, BarRenderer to) {
        styleBars(to);
        to.setDefaultItemLabelGenerator(from.getDefaultItemLabelGenerator());
    }

    static void styleAxes(org.jfree.chart.axis.Axis x, org.jfree.chart.axis.Axis y) {
        for (org.jfree.chart.axis.Axis axis : new org.jfree.chart.axis.Axis[]{x, y}) {
            axis.setTickLabelFont(axis.getTickLabelFont().getSize() == 9 ? axis.getTickLabelFont()
                    : new Font(FONT, Font.PLAIN, 11));
            axis.setTickLabelPaint(MUTED);
            axis.setLabelFont(new Font(FONT, Font.PLAIN, 11));
            axis.setLabelPaint(MUTED);
            axis.setAxisLineVisible(false);
            axis.setTickMarksVisible(false);
        }
        x.setAxisLineVisible(true);
        x.setAxisLinePaint(new Color(0xBBBBBB));
    }

    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        TextTitle title = chart.getTitle();
        title.setPaint(TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setPadding(new RectangleInsets(0, 4, 8, 0));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 11));
            legend.setItemPaint(TEXT);
            legend.setPosition(chart.getPlot() instanceof RingPlot ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessage(IdFormat.NO_DATA);
        plot.setNoDataMessageFont(new Font(FONT, Font.PLAIN, 14));
        plot.setNoDataMessagePaint(MUTED);
        if (plot instanceof RingPlot ring) {
            // the labels sit in the legend beside the donut; a label per section as well crowds a card
            ring.setLabelGenerator(null);
        }
    }

    static NumberFormat integers() {
        return IdFormat.integerFormat();
    }

    static NumberFormat decimals() {
        return IdFormat.decimalFormat();
    }

    /** The section labels of a donut: "Baru 12 (33 %)", percentages from {@link Percentages#of}. */
    static final class FixedLabels implements PieSectionLabelGenerator {

        private final Map<String, String> labels;

        FixedLabels(Map<String, String> labels) {
            this.labels = labels;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public String generateSectionLabel(PieDataset dataset, Comparable key) {
            return labels.getOrDefault(String.valueOf(key), String.valueOf(key));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
            return null;
        }

        Map<String, String> labels() {
            return labels;
        }
    }

    /** An x axis of epoch days written as "29 Nov". */
    static final class EpochDayFormat extends NumberFormat {

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(IdFormat.shortDate(LocalDate.ofEpochDay(Math.round(number))));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(IdFormat.shortDate(LocalDate.ofEpochDay(number)));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
