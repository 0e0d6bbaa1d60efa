package id.giliran.audit.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.giliran.api.audit.AuditEntryView;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The audit trail as PDF (OpenPDF, A4 landscape): a table of the entries with each row's short link,
 * streamed into the download {@link #FLUSH_ROWS} rows at a time (an incomplete {@link PdfPTable}),
 * then the chain's final digest and how to check it; the digest is on every page's foot too. Each
 * row's link is that of the same row in the CSV export of the same trail, so both files print the
 * same digest.
 */
public final class AuditPdfWriter {

    static final int FLUSH_ROWS = 50;
    /** Hex digits of a row's link shown in the table. */
    static final int SHORT_LINK = 12;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final Color HEAD = new Color(0xE6F0F8);

    private final ZoneId zone;
    private final Font body = new Font(Font.HELVETICA, 7.5f, Font.NORMAL, AuditPdfFrame.TEXT);
    private final Font bold = new Font(Font.HELVETICA, 7.5f, Font.BOLD, AuditPdfFrame.TEXT);
    private final Font mono = new Font(Font.COURIER, 7.5f, Font.NORMAL, AuditPdfFrame.TEXT);

    public AuditPdfWriter(ZoneId zone) {
        this.zone = zone;
    }

    public ChainedDigest write(AuditExportHeader header, Iterable<AuditEntryView> entries, OutputStream out)
            throws IOException {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, AuditPdfFrame.TOP_MARGIN,
                AuditPdfFrame.BOTTOM_MARGIN);
        AuditPdfFrame frame = new AuditPdfFrame(header);
        ChainedDigest chain = new ChainedDigest();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(frame);
            document.open();
            PdfPTable table = new PdfPTable(new float[]{2.1f, 1.1f, 2.4f, 1.3f, 1.4f, 4.2f, 2.6f, 1.2f, 1.6f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (String title : new String[]{"Waktu", "Jenis", "Pengguna", "Peran", "Alamat", "Tindakan", "Rekaman",
                    "Hasil", "Tautan"}) {
                PdfPCell cell = new PdfPCell(new Phrase(title, bold));
                cell.setBackgroundColor(HEAD);
                table.addCell(cell);
            }
            for (AuditEntryView entry : entries) {
                String link = chain.add(AuditCsv.canonical(entry, zone));
                cell(table, WHEN.format(entry.at().atZone(zone)), body);
                cell(table, AuditKinds.label(entry.kind()), body);
                cell(table, entry.username(), body);
                cell(table, entry.roles(), body);
                cell(table, entry.clientAddress(), body);
                cell(table, entry.action(), body);
                cell(table, entry.aggregateId(), body);
                cell(table, entry.succeeded() ? "Berhasil"
                        : "Gagal" + (entry.errorCode() == null ? "" : " (" + entry.errorCode() + ")"), body);
                cell(table, link.substring(0, SHORT_LINK), mono);
                if (chain.rows() % FLUSH_ROWS == 0) {
                    document.add(table);
                }
            }
            if (chain.rows() == 0) {
                PdfPCell none = new PdfPCell(new Phrase("Tidak ada entri untuk filter ini.", body));
                none.setColspan(9);
                table.addCell(none);
            }
            table.setComplete(true);
            document.add(table);
            Paragraph closing = new Paragraph("Jumlah entri: " + chain.rows() + ". SHA-256 rantai (digest akhir): ",
                    bold);
            closing.add(new Phrase(chain.digest(), mono));
            closing.setSpacingBefore(10);
            document.add(closing);
            document.add(new Paragraph("Setiap baris dirantai: tautan = SHA-256(tautan sebelumnya + baris baru + "
                    + "teks kanonik baris, yaitu baris CSV tanpa kolom tautan), dimulai dari SHA-256(\""
                    + ChainedDigest.SEED + "\"). Ekspor CSV dengan filter yang sama memberi digest yang sama; "
                    + "periksa di layar Jejak audit (\"Periksa berkas ekspor\").", body));
            frame.finalDigest(chain.digest());
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF not written", e);
        }
        return chain;
    }

    private static void cell(PdfPTable table, String text, Font font) {
        table.addCell(new PdfPCell(new Phrase(text == null ? "" : text, font)));
    }
}
