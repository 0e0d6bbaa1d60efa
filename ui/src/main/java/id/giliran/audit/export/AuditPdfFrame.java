package id.giliran.audit.export;

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

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The frame of every page of an audit export, in the house style of the report exports: the
 * Puskesmas and its address, the title and filter, who exported it and when; at the foot the
 * chain's final digest and "Halaman 1 dari 3", both written into templates once the last row is
 * known (the document closes), so every page carries the digest of the whole file.
 */
final class AuditPdfFrame extends PdfPageEventHelper {

    static final float TOP_MARGIN = 84;
    static final float BOTTOM_MARGIN = 42;
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);
    private static final Color RULE = new Color(0xBBBBBB);

    private final AuditExportHeader header;
    private final BaseFont regular;
    private final Font bold = new Font(Font.HELVETICA, 10, Font.BOLD, TEXT);
    private final Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
    private PdfTemplate total;
    private PdfTemplate digest;
    private String finalDigest = "";

    AuditPdfFrame(AuditExportHeader header) {
        this.header = header;
        try {
            this.regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The digest to write into every page's foot when the document closes. */
    void finalDigest(String value) {
        finalDigest = value;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
        digest = writer.getDirectContent().createTemplate(420, 12);
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
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(header.filterText(), small), right,
                top - 12, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(header.exportedText(), small), left,
                top - 24, 0);
        canvas.saveState();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, top - 31);
        canvas.lineTo(right, top - 31);
        canvas.stroke();
        canvas.restoreState();

        float y = page.getBottom() + 22;
        String pageText = "Halaman " + writer.getPageNumber() + " dari ";
        float width = regular.getWidthPoint(pageText, 8);
        float x = right - width - regular.getWidthPoint("000", 8);
        text(canvas, pageText, x, y);
        canvas.addTemplate(total, x + width, y);
        String digestText = "SHA-256 rantai: ";
        text(canvas, digestText, left, y);
        canvas.addTemplate(digest, left + regular.getWidthPoint(digestText, 8), y);
    }

    private void text(PdfContentByte canvas, String text, float x, float y) {
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(regular, 8);
        canvas.setColorFill(MUTED);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
        canvas.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        fill(total, String.valueOf(writer.getPageNumber() - 1));
        fill(digest, finalDigest);
    }

    private void fill(PdfTemplate template, String text) {
        template.beginText();
        template.setFontAndSize(regular, 8);
        template.setColorFill(MUTED);
        template.setTextMatrix(0, 0);
        template.showText(text);
        template.endText();
    }
}
