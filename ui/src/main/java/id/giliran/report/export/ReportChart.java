package id.giliran.report.export;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One chart of the dashboard or a report, drawn the same way on screen (an SVG string for a card)
 * and into a PDF (any {@link Graphics2D}, e.g. OpenPDF's {@code PdfGraphics2D}).
 */
public final class ReportChart {

    /** The size of a dashboard card, in pixels. */
    public static final int CARD_WIDTH = 560;
    public static final int CARD_HEIGHT = 300;

    private static final AtomicLong IDS = new AtomicLong();

    private final String name;
    private final String title;
    private final String description;
    private final boolean empty;
    private final JFreeChart chart;

    ReportChart(String name, String title, String description, boolean empty, JFreeChart chart) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.empty = empty;
        this.chart = chart;
    }

    /** A stable technical name, e.g. {@code queue-per-clinic}. */
    public String name() {
        return name;
    }

    /** The chart's title in Bahasa Indonesia, e.g. "Antrean per poli". */
    public String title() {
        return title;
    }

    /** What the chart shows, figures included, for screen readers (the SVG's aria-label). */
    public String description() {
        return description;
    }

    /** True when there was nothing to draw: the chart then says "Tidak ada data". */
    public boolean isEmpty() {
        return empty;
    }

    /** The JFreeChart itself, for callers that draw it elsewhere. */
    public JFreeChart chart() {
        return chart;
    }

    /** An inline {@code <svg>} element the size of a dashboard card. */
    public String toSvg() {
        return toSvg(CARD_WIDTH, CARD_HEIGHT);
    }

    /**
     * An inline {@code <svg>} element (no XML declaration) with a {@code viewBox}, so it scales with
     * its card, {@code role="img"}, an {@code aria-label} and a {@code <title>}.
     */
    public synchronized String toSvg(int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // every chart on a page has its own ids for its clip paths and gradients
        g2.setDefsKeyPrefix("gc" + IDS.incrementAndGet() + "-");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        g2.dispose();
        int end = svg.indexOf('>');
        boolean selfClosing = svg.charAt(end - 1) == '/';
        String open = svg.substring(0, selfClosing ? end - 1 : end);
        String accessible = open + " role=\"img\" aria-label=\"" + xml(description) + "\">"
                + "<title>" + xml(title) + "</title>";
        return selfClosing ? accessible + "</svg>" : accessible + svg.substring(end + 1);
    }

    /**
     * The SVG for a card that already says what the chart is in its own heading: the same chart
     * without its title (the {@code <title>} and {@code aria-label} stay).
     */
    public synchronized String toSvgUntitled(int width, int height) {
        org.jfree.chart.title.TextTitle heading = chart.getTitle();
        chart.setTitle((org.jfree.chart.title.TextTitle) null);
        try {
            return toSvg(width, height);
        } finally {
            chart.setTitle(heading);
        }
    }

    /** Draws the chart into {@code area} of any Graphics2D (screen, image or PDF). */
    public synchronized void draw(Graphics2D g2, Rectangle2D area) {
        chart.draw(g2, area);
    }

    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
