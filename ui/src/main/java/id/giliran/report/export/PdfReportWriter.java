package id.giliran.report.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.report.ArrivalSlot;
import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.CounterServing;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static id.giliran.report.export.PdfSections.bpjs;
import static id.giliran.report.export.PdfSections.clinics;
import static id.giliran.report.export.PdfSections.comparison;
import static id.giliran.report.export.PdfSections.minutesRow;
import static id.giliran.report.export.PdfSections.registrations;
import static id.giliran.report.export.PdfSections.row;

/**
 * The PDF exports (OpenPDF, A4): (A) the dashboard's day and (B) a period report. Every page has
 * the frame of {@link PdfPageFrame}; tables repeat their header row on each page; charts are
 * vectors. The period's days are streamed: the day table is added to the document every
 * {@link #FLUSH_ROWS} rows (an incomplete {@link PdfPTable}), so only those rows are held.
 * One file for both documents because they share every section but the daily tables.
 */
public final class PdfReportWriter {

    /** Rows of a streamed table held before they are written out. */
    static final int FLUSH_ROWS = 40;

    /** (A) The dashboard's day: totals, charts, clinics, registrations, BPJS, arrivals, counters. */
    public void writeDashboard(ExportHeader header, DashboardView view, OutputStream out) throws IOException {
        write(header, out, PageSize.A4, blocks -> {
            QueueFigures queue = Figures.orNone(view.queue());
            RegistrationFigures registrations = Figures.orNone(view.registrations());
            BpjsFigures bpjs = Figures.orNone(view.bpjs());
            blocks.heading("Ringkasan " + IdFormat.date(view.date()));
            if (Figures.empty(view)) {
                blocks.noData();
            }
            PdfPTable totals = blocks.table(new float[]{3, 1}, 60, "Indikator", "Jumlah");
            row(blocks, totals, "Pasien", queue.tickets());
            row(blocks, totals, "Terdaftar di loket", registrations.registrations());
            row(blocks, totals, "Menunggu dipanggil", queue.waiting());
            row(blocks, totals, "Prioritas", queue.priority());
            for (PriorityReason reason : PriorityReason.values()) {
                row(blocks, totals, "    " + IdFormat.reason(reason), queue.priority(reason));
            }
            row(blocks, totals, "Antrean umum", queue.general());
            row(blocks, totals, "Dilayani", queue.served());
            row(blocks, totals, "Tidak hadir", queue.notPresent());
            row(blocks, totals, "Daftar online (sudah datang)", queue.online());
            row(blocks, totals, "Booking online belum datang", queue.bookedNotArrived());
            minutesRow(blocks, totals, "Rata-rata tunggu (menit)", queue.averageWait());
            minutesRow(blocks, totals, "Tunggu persentil 90 (menit)", queue.waitP90());
            minutesRow(blocks, totals, "Rata-rata layanan (menit)", queue.averageService());
            blocks.add(totals);

            blocks.heading("Grafik");
            blocks.charts(ReportCharts.dashboard(view));

            clinics(blocks, view.clinics());
            registrations(blocks, registrations, queue);
            bpjs(blocks, bpjs, "BPJS hari ini");
            arrivals(blocks, view.arrivals());
            counters(blocks, header, view.counters());
        });
    }

    /**
     * (B) A period report. {@code current} and {@code previous} are the totals (their {@code days}
     * are not read); the days come one by one from {@code days}, which is read once and never held
     * whole; {@code progress} hears after each day. An empty period says "Tidak ada data" and does
     * not read the days.
     */
    public void writePeriod(ExportHeader header, PeriodReport current, PeriodReport previous,
                            Iterator<DayFigures> days, ExportProgress progress, OutputStream out) throws IOException {
        ExportProgress told = progress == null ? ExportProgress.NONE : progress;
        int total = (int) (current.to().toEpochDay() - current.from().toEpochDay() + 1);
        write(header, out, PageSize.A4, blocks -> {
            blocks.heading("Ringkasan");
            if (previous != null) {
                blocks.note("Dibandingkan dengan periode sebelumnya yang sama panjang: "
                        + IdFormat.period(previous.from(), previous.to()) + ".");
            }
            if (current.empty()) {
                blocks.noData();
                told.daysWritten(total, total);
                return;
            }
            comparison(blocks, current, previous);

            blocks.heading("Grafik");
            QueueFigures queue = Figures.orNone(current.queue());
            List<ReportChart> charts = List.of(ReportCharts.queuePerClinic(current.clinics()),
                    ReportCharts.averageWaits(queue, current.clinics()),
                    ReportCharts.newVsReturning(current.registrations()), ReportCharts.bpjsVsUmum(queue),
                    ReportCharts.bpjsBridging(current.bpjs()));
            blocks.charts(charts.subList(0, 4));
            // patients per day is drawn once the days have gone by, into a template placed now
            PdfTemplate perDay = blocks.blankTemplate();
            PdfPTable lastRow = new PdfPTable(2);
            lastRow.setWidthPercentage(100);
            lastRow.addCell(blocks.chartCell(blocks.template(charts.get(4))));
            lastRow.addCell(blocks.chartCell(perDay));
            blocks.add(lastRow);

            clinics(blocks, current.clinics());
            registrations(blocks, Figures.orNone(current.registrations()), queue);
            bpjs(blocks, current.bpjs(), "BPJS");

            blocks.document().setPageSize(PageSize.A4.rotate());
            blocks.document().newPage();
            DayNumbers buffer = daily(blocks, current, days, total, told);

            blocks.document().setPageSize(PageSize.A4);
            blocks.document().newPage();
            bpjsPerDay(blocks, buffer);
            PdfBlocks.drawInto(perDay, ReportCharts.patientsPerDay(buffer.patientsByDay()));
        });
    }

    // --- the sections ---

    private static void arrivals(PdfBlocks blocks, List<ArrivalSlot> arrivals) {
        blocks.heading("Kedatangan per 30 menit");
        PdfPTable table = blocks.table(new float[]{1, 1, 1, 1}, 60, "Jam", "Pasien", "Jam", "Pasien");
        List<ArrivalSlot> slots = arrivals == null ? List.of() : arrivals;
        if (slots.isEmpty()) {
            blocks.noRows(table);
        }
        int half = (slots.size() + 1) / 2;
        for (int i = 0; i < half; i++) {
            for (int j : new int[]{i, i + half}) {
                if (j < slots.size()) {
                    blocks.text(table, IdFormat.time(slots.get(j).start()));
                    blocks.number(table, slots.get(j).patients());
                } else {
                    blocks.text(table, "");
                    blocks.text(table, "");
                }
            }
        }
        blocks.add(table);
    }

    private static void counters(PdfBlocks blocks, ExportHeader header, List<CounterServing> counters) {
        blocks.heading("Loket");
        PdfPTable table = blocks.table(new float[]{1.6f, 1.2f, 2, 1.4f, 1}, 100, "Loket", "Nomor antrean", "Poli",
                "Status", "Sejak");
        if (counters == null || counters.isEmpty()) {
            blocks.noRows(table);
        } else {
            for (CounterServing counter : counters) {
                blocks.text(table, IdFormat.name(counter.counterName(), "Loket " + counter.counterNumber()));
                boolean idle = counter.ticketNumber() == null;
                blocks.text(table, idle ? "Belum memanggil" : counter.ticketNumber());
                blocks.text(table, idle ? IdFormat.DASH : IdFormat.name(counter.clinicName(), IdFormat.DASH));
                blocks.text(table, idle ? IdFormat.DASH : IdFormat.status(counter.status()));
                blocks.text(table, counter.since() == null ? IdFormat.DASH
                        : IdFormat.time(counter.since().atZone(header.exportedAt().getZone()).toLocalTime()));
            }
        }
        blocks.add(table);
    }

    /** The daily table, streamed; answers what the later sections need of each day (a few numbers). */
    private static DayNumbers daily(PdfBlocks blocks, PeriodReport period, Iterator<DayFigures> days, int total,
                                     ExportProgress progress) {
        blocks.heading("Statistik harian");
        PdfPTable table = blocks.table(new float[]{1.9f, 1, 1, 1, 1.1f, 1, 1.1f, 1, 1.1f, 1, 1, 1.2f, 1.2f, 1.2f},
                100, "Tanggal", "Pasien", "Lansia", "Ibu hamil", "Disabilitas", "Balita", "Antrean umum", "BPJS",
                "Bayar umum", "Dilayani", "Tidak hadir", "Rata-rata tunggu (menit)", "Tunggu P90 (menit)",
                "Rata-rata layanan (menit)");
        table.setComplete(false);
        DayNumbers buffer = new DayNumbers(total);
        long[] sums = new long[10];
        int written = 0;
        while (days.hasNext()) {
            DayFigures day = days.next();
            QueueFigures q = Figures.orNone(day.queue());
            long[] counts = {q.tickets(), q.priority(PriorityReason.LANSIA), q.priority(PriorityReason.IBU_HAMIL),
                    q.priority(PriorityReason.DISABILITAS), q.priority(PriorityReason.BALITA), q.general(), q.bpjs(),
                    q.umum(), q.served(), q.notPresent()};
            blocks.text(table, IdFormat.dayRow(day.date()));
            for (int i = 0; i < counts.length; i++) {
                blocks.number(table, counts[i]);
                sums[i] += counts[i];
            }
            blocks.minutes(table, q.averageWait());
            blocks.minutes(table, q.waitP90());
            blocks.minutes(table, q.averageService());
            buffer.add(day.date(), q.tickets(), day.bpjs());
            written++;
            if (written % FLUSH_ROWS == 0) {
                blocks.add(table);
            }
            progress.daysWritten(written, Math.max(total, written));
        }
        if (written == 0) {
            blocks.noRows(table);
        } else {
            QueueFigures q = Figures.orNone(period.queue());
            List<String> values = new ArrayList<>();
            for (long sum : sums) {
                values.add(IdFormat.number(sum));
            }
            for (Duration duration : new Duration[]{q.averageWait(), q.waitP90(), q.averageService()}) {
                Double minutes = IdFormat.minutes(duration);
                values.add(minutes == null ? IdFormat.DASH : IdFormat.decimal(minutes));
            }
            blocks.totalRow(table, "Jumlah", values);
        }
        table.setComplete(true);
        blocks.add(table);
        blocks.note("Baris Jumlah: waktu tunggu dan layanan dihitung atas semua antrean periode ini, "
                + "bukan rata-rata dari rata-rata harian.");
        return buffer;
    }

    private static void bpjsPerDay(PdfBlocks blocks, DayNumbers buffer) {
        blocks.heading("BPJS per hari");
        PdfPTable table = blocks.table(new float[]{1.9f, 1, 1, 1, 1, 1, 1, 1.2f}, 100, "Tanggal", "Terkirim",
                "Gagal", "Menunggu", "Dihapus", "Cek aktif", "Cek tidak aktif", "Tidak ditemukan");
        table.setComplete(false);
        long[] sums = new long[7];
        for (int i = 0; i < buffer.size(); i++) {
            blocks.text(table, IdFormat.dayRow(buffer.date(i)));
            long[] row = buffer.bpjs(i);
            for (int j = 0; j < row.length; j++) {
                blocks.number(table, row[j]);
                sums[j] += row[j];
            }
            if ((i + 1) % FLUSH_ROWS == 0) {
                blocks.add(table);
            }
        }
        if (buffer.size() == 0) {
            blocks.noRows(table);
        } else {
            List<String> values = new ArrayList<>();
            for (long sum : sums) {
                values.add(IdFormat.number(sum));
            }
            blocks.totalRow(table, "Jumlah", values);
        }
        table.setComplete(true);
        blocks.add(table);
    }

    private static void write(ExportHeader header, OutputStream out, com.lowagie.text.Rectangle size,
                              java.util.function.Consumer<PdfBlocks> body) throws IOException {
        Document document = new Document(size, 36, 36, PdfPageFrame.TOP_MARGIN, PdfPageFrame.BOTTOM_MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PdfPageFrame(header));
            document.addTitle(header.title() + " " + header.periodText());
            document.addAuthor(header.facilityName());
            document.addCreator("Giliran");
            document.open();
            body.accept(new PdfBlocks(document, writer));
        } catch (DocumentException e) {
            throw new IOException("the PDF report could not be written", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

}
