package id.giliran.report.export;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.FontMapper;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.File;
import java.util.List;

/**
 * The fonts of the charts in a PDF. OpenPDF's {@code PdfGraphics2D} stretches every string with
 * character spacing until it is as wide as Java measured it; Java's "SansSerif" is usually
 * DejaVu Sans, much wider than Helvetica, so the chart text came out letter-spaced. When DejaVu
 * Sans is on the machine and measures exactly as "SansSerif" does, it is embedded (a subset) and
 * the text keeps its own spacing; otherwise the built-in Helvetica is used as before.
 */
final class PdfChartFonts implements FontMapper {

    private static final List<String> PLACES = List.of("/usr/share/fonts/truetype/dejavu",
            "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/ttf-dejavu",
            "/usr/share/fonts/dejavu-sans-fonts");
    private static final String SAMPLE = "Antrean per poli 0123456789 Rata-rata BPJS";

    static final PdfChartFonts INSTANCE = new PdfChartFonts();

    private final DefaultFontMapper fallback = new DefaultFontMapper();
    private final BaseFont regular;
    private final BaseFont bold;

    private PdfChartFonts() {
        BaseFont plain = null;
        BaseFont strong = null;
        for (String place : PLACES) {
            File file = new File(place, "DejaVuSans.ttf");
            File boldFile = new File(place, "DejaVuSans-Bold.ttf");
            if (file.isFile() && boldFile.isFile()) {
                try {
                    plain = BaseFont.createFont(file.getPath(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    strong = BaseFont.createFont(boldFile.getPath(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    plain = null;
                    strong = null;
                }
                break;
            }
        }
        boolean same = plain != null && sameWidth(plain, new Font(ChartStyle.FONT, Font.PLAIN, 100))
                && sameWidth(strong, new Font(ChartStyle.FONT, Font.BOLD, 100));
        this.regular = same ? plain : null;
        this.bold = same ? strong : null;
    }

    /** True when the charts' text is drawn in an embedded font measured as Java measures it. */
    boolean embedded() {
        return regular != null;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        if (regular == null || !ChartStyle.FONT.equals(font.getFamily()) && !font.getFamily().startsWith("DejaVu")) {
            return fallback.awtToPdf(font);
        }
        return font.isBold() ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return fallback.pdfToAwt(font, size);
    }

    private static boolean sameWidth(BaseFont pdf, Font awt) {
        double java = awt.getStringBounds(SAMPLE, new FontRenderContext(null, true, true)).getWidth();
        double ours = pdf.getWidthPoint(SAMPLE, awt.getSize2D());
        return Math.abs(java - ours) / ours < 0.01;
    }
}
