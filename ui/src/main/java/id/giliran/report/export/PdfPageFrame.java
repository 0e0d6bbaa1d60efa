package id.giliran.report.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The frame of every page: the Puskesmas, its address, the report's title and period, who exported
 * it and when, and "Halaman 1 dari 3" at the foot, the total written into a template once the
 * document closes. Works for portrait and landscape pages alike.
 */
final class PdfPageFrame extends PdfPageEventHelper {

    /** Room the frame needs above and below the page's content. */
    static final float TOP_MARGIN = 84;
    static final float BOTTOM_MARGIN = 42;

    private final ExportHeader header;
    private final BaseFont regular;
    private final Font bold = PdfBlocks.font(10, Font.BOLD, PdfBlocks.TEXT);
    private final Font small = PdfBlocks.font(8, Font.NORMAL, PdfBlocks.MUTED);
    private PdfTemplate total;

    PdfPageFrame(ExportHeader header) {
        this.header = header;
        this.regular = PdfBlocks.baseFont();
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float top = page.getTop() - 30;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header.facilityName(), bold), left, top, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header.facilityAddress(), small), left,
                top - 12, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(header.title(), bold), right, top, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("Periode " + header.periodText(), small),
                right, top - 12, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header.exportedText(), small), left,
                top - 24, 0);
        canvas.saveState();
        canvas.setColorStroke(PdfBlocks.RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, top - 31);
        canvas.lineTo(right, top - 31);
        canvas.stroke();
        canvas.restoreState();

        String text = "Halaman " + writer.getPageNumber() + " dari ";
        float size = 8;
        float width = regular.getWidthPoint(text, size);
        float x = right - width - regular.getWidthPoint("000", size);
        float y = page.getBottom() + 22;
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(regular, size);
        canvas.setColorFill(PdfBlocks.MUTED);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
        canvas.addTemplate(total, x + width, y);
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(regular, 8);
        total.setColorFill(PdfBlocks.MUTED);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
