package id.giliran.report.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/** The building blocks of the PDF reports: fonts, headings, tables and cells, charts as vectors. */
final class PdfBlocks {

    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);
    static final Color RULE = new Color(0xBBBBBB);
    static final Color HEAD = new Color(0xE6F0F8);
    static final Color TOTAL = new Color(0xF3F3F3);
    static final Color BORDER = new Color(0xD0D0D0);

    /** A chart's size as it is drawn (its fonts are laid out for this); it is scaled to its cell. */
    static final float CHART_WIDTH = 520;
    static final float CHART_HEIGHT = 290;

    private final Document document;
    private final PdfWriter writer;
    private final Font body = font(8.5f, Font.NORMAL, TEXT);
    private final Font bold = font(8.5f, Font.BOLD, TEXT);
    private final Font heading = font(12, Font.BOLD, ReportCharts.BLUE);
    private final Font note = font(8.5f, Font.ITALIC, MUTED);
    private final Font noData = font(14, Font.BOLD, MUTED);

    PdfBlocks(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    static Font font(float size, int style, Color colour) {
        return new Font(Font.HELVETICA, size, style, colour);
    }

    static BaseFont baseFont() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void heading(String text) {
        Paragraph paragraph = new Paragraph(text, heading);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(6);
        add(paragraph);
    }

    void note(String text) {
        Paragraph paragraph = new Paragraph(text, note);
        paragraph.setSpacingAfter(4);
        add(paragraph);
    }

    void noData() {
        Paragraph paragraph = new Paragraph(IdFormat.NO_DATA, noData);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(24);
        paragraph.setSpacingAfter(24);
        add(paragraph);
    }

    /** A table with a header row that repeats on every page it runs over. */
    PdfPTable table(float[] widths, float widthPercent, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(widthPercent);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        table.setSpacingAfter(6);
        for (int i = 0; i < headers.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(headers[i], bold));
            cell.setBackgroundColor(HEAD);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            style(cell);
            table.addCell(cell);
        }
        return table;
    }

    void text(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? IdFormat.DASH : text, body));
        style(cell);
        table.addCell(cell);
    }

    void number(PdfPTable table, long value) {
        right(table, IdFormat.number(value), false);
    }

    void minutes(PdfPTable table, Duration duration) {
        Double minutes = IdFormat.minutes(duration);
        right(table, minutes == null ? IdFormat.DASH : IdFormat.decimal(minutes), false);
    }

    void right(PdfPTable table, String text, boolean strong) {
        PdfPCell cell = new PdfPCell(new Phrase(text, strong ? bold : body));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        style(cell);
        table.addCell(cell);
    }

    /** A row set apart as a total: bold on grey. */
    void totalRow(PdfPTable table, String label, List<String> values) {
        PdfPCell first = new PdfPCell(new Phrase(label, bold));
        style(first);
        first.setBackgroundColor(TOTAL);
        table.addCell(first);
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, bold));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            cell.setBackgroundColor(TOTAL);
            style(cell);
            table.addCell(cell);
        }
    }

    /** A table with only its header: says "Tidak ada data" across its width. */
    void noRows(PdfPTable table) {
        PdfPCell cell = new PdfPCell(new Phrase(IdFormat.NO_DATA, note));
        cell.setColspan(table.getNumberOfColumns());
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        style(cell);
        table.addCell(cell);
    }

    private static void style(PdfPCell cell) {
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(3.5f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setBorderColor(BORDER);
        cell.setBorderWidth(0.5f);
    }

    /** Charts two to a row, as vectors. */
    void charts(List<ReportChart> charts) {
        PdfPTable grid = new PdfPTable(2);
        grid.setWidthPercentage(100);
        grid.setSpacingAfter(6);
        for (ReportChart chart : charts) {
            grid.addCell(chartCell(template(chart)));
        }
        if (charts.size() % 2 == 1) {
            grid.addCell(chartCell(null));
        }
        add(grid);
    }

    /** A chart drawn later (its figures are still to come): its cell now, its drawing into the template. */
    PdfTemplate blankTemplate() {
        return writer.getDirectContent().createTemplate(CHART_WIDTH, CHART_HEIGHT);
    }

    PdfTemplate template(ReportChart chart) {
        PdfTemplate template = blankTemplate();
        drawInto(template, chart);
        return template;
    }

    static void drawInto(PdfTemplate template, ReportChart chart) {
        Graphics2D g2 = new PdfGraphics2D(template, CHART_WIDTH, CHART_HEIGHT, PdfChartFonts.INSTANCE, false,
                false, 0);
        try {
            chart.draw(g2, new Rectangle2D.Float(0, 0, CHART_WIDTH, CHART_HEIGHT));
        } finally {
            g2.dispose();
        }
    }

    PdfPCell chartCell(PdfTemplate template) {
        PdfPCell cell;
        if (template == null) {
            cell = new PdfPCell(new Phrase(""));
        } else {
            try {
                cell = new PdfPCell(Image.getInstance(template), true);
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        return cell;
    }

    Document document() {
        return document;
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot add to the report", e);
        }
    }

    void space() {
        add(Chunk.NEWLINE);
    }
}
