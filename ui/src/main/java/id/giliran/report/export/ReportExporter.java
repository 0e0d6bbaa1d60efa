package id.giliran.report.export;

import id.giliran.api.report.DashboardView;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.PeriodReport;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;

/**
 * What the dashboard and report views call to export: the format, its file name and content type,
 * and the writer behind it. Stateless; the writers are plain classes and need no Spring.
 */
@Component
public class ReportExporter {

    /** The export formats the screens offer. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private final PdfReportWriter pdf = new PdfReportWriter();
    private final XlsxReportWriter xlsx = new XlsxReportWriter();

    public void exportDashboard(Format format, ExportHeader header, DashboardView view, OutputStream out)
            throws IOException {
        switch (format) {
            case PDF -> pdf.writeDashboard(header, view, out);
            case XLSX -> xlsx.writeDashboard(header, view, out);
        }
    }

    /** See {@link PdfReportWriter#writePeriod}: the days are read once, one at a time. */
    public void exportPeriod(Format format, ExportHeader header, PeriodReport current, PeriodReport previous,
                             Iterator<DayFigures> days, ExportProgress progress, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> pdf.writePeriod(header, current, previous, days, progress, out);
            case XLSX -> xlsx.writePeriod(header, current, previous, days, progress, out);
        }
    }

    /** "dasbor-2026-11-29.pdf", "laporan-2026-11-01-sd-2026-11-30.xlsx". */
    public static String fileName(Format format, LocalDate from, LocalDate to) {
        String name = from.equals(to) ? "dasbor-" + from : "laporan-" + from + "-sd-" + to;
        return name + "." + format.extension();
    }
}
