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
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.report.CounterServing;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.NamedCount;
import id.giliran.api.report.Percentages;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            DailyBuffer buffer = daily(blocks, current, days, total, told);

            blocks.document().setPageSize(PageSize.A4);
            blocks.document().newPage();
            bpjsPerDay(blocks, buffer);
            PdfBlocks.drawInto(perDay, ReportCharts.patientsPerDay(buffer.patientsByDay()));
        });
    }

    // --- the sections ---

    private static void comparison(PdfBlocks blocks, PeriodReport now, PeriodReport before) {
        QueueFigures q = Figures.orNone(now.queue());
        QueueFigures p = before == null ? QueueFigures.NONE : Figures.orNone(before.queue());
        RegistrationFigures r = Figures.orNone(now.registrations());
        RegistrationFigures pr = before == null ? RegistrationFigures.NONE : Figures.orNone(before.registrations());
        BpjsFigures b = Figures.orNone(now.bpjs());
        BpjsFigures pb = before == null ? BpjsFigures.NONE : Figures.orNone(before.bpjs());
        PdfPTable table = blocks.table(new float[]{3.2f, 1.3f, 1.5f, 1.8f}, 100, "Indikator", "Periode ini",
                "Periode sebelumnya", "Perubahan");
        compare(blocks, table, "Pasien", q.tickets(), p.tickets());
        compare(blocks, table, "Prioritas", q.priority(), p.priority());
        for (PriorityReason reason : PriorityReason.values()) {
            compare(blocks, table, "    " + IdFormat.reason(reason), q.priority(reason), p.priority(reason));
        }
        compare(blocks, table, "Antrean umum", q.general(), p.general());
        compare(blocks, table, "Pasien BPJS", q.bpjs(), p.bpjs());
        compare(blocks, table, "Pasien umum (bayar sendiri)", q.umum(), p.umum());
        compare(blocks, table, "Daftar online (sudah datang)", q.online(), p.online());
        compare(blocks, table, "Dilayani", q.served(), p.served());
        compare(blocks, table, "Tidak hadir", q.notPresent(), p.notPresent());
        compare(blocks, table, "Booking online tidak datang", q.bookedNotArrived(), p.bookedNotArrived());
        compare(blocks, table, "Rata-rata tunggu (menit)", q.averageWait(), p.averageWait());
        compare(blocks, table, "Tunggu persentil 90 (menit)", q.waitP90(), p.waitP90());
        compare(blocks, table, "Rata-rata layanan (menit)", q.averageService(), p.averageService());
        compare(blocks, table, "Pendaftaran", r.registrations(), pr.registrations());
        compare(blocks, table, "    Pasien baru", r.newPatients(), pr.newPatients());
        compare(blocks, table, "    Pasien lama", r.returningPatients(), pr.returningPatients());
        compare(blocks, table, "Pendaftaran dibatalkan", r.cancelled(), pr.cancelled());
        compare(blocks, table, "Kunjungan BPJS terkirim", b.visitsBridged(), pb.visitsBridged());
        compare(blocks, table, "Kunjungan BPJS gagal", b.visitsFailed(), pb.visitsFailed());
        compare(blocks, table, "Kunjungan BPJS menunggu", b.visitsPending(), pb.visitsPending());
        compare(blocks, table, "Kunjungan BPJS dihapus", b.visitsDeleted(), pb.visitsDeleted());
        compare(blocks, table, "Cek peserta BPJS", b.checks(), pb.checks());
        blocks.add(table);
    }

    private static void clinics(PdfBlocks blocks, List<ClinicFigures> clinics) {
        blocks.heading("Per poli");
        PdfPTable table = blocks.table(new float[]{2.6f, 1, 1, 1, 1, 1, 1.2f, 1.2f, 1.2f}, 100, "Poli", "Pasien",
                "Prioritas", "Antrean umum", "Dilayani", "Tidak hadir", "Rata-rata tunggu (menit)",
                "Tunggu P90 (menit)", "Rata-rata layanan (menit)");
        if (clinics == null || clinics.isEmpty()) {
            blocks.noRows(table);
        } else {
            for (ClinicFigures clinic : clinics) {
                QueueFigures q = Figures.orNone(clinic.queue());
                blocks.text(table, IdFormat.name(clinic.clinicName(), clinic.clinicCode()));
                blocks.number(table, q.tickets());
                blocks.number(table, q.priority());
                blocks.number(table, q.general());
                blocks.number(table, q.served());
                blocks.number(table, q.notPresent());
                blocks.minutes(table, q.averageWait());
                blocks.minutes(table, q.waitP90());
                blocks.minutes(table, q.averageService());
            }
        }
        blocks.add(table);
    }

    private static void registrations(PdfBlocks blocks, RegistrationFigures r, QueueFigures queue) {
        blocks.heading("Pendaftaran");
        int[] age = Percentages.of(r.newPatients(), r.returningPatients());
        int[] pay = Percentages.of(r.bpjs(), r.umum());
        int[] queuePay = Percentages.of(queue.bpjs(), queue.umum());
        PdfPTable table = blocks.table(new float[]{3, 1, 1}, 70, "Indikator", "Jumlah", "Persen");
        percentRow(blocks, table, "Pendaftaran", r.registrations(), null);
        percentRow(blocks, table, "    Pasien baru", r.newPatients(), age[0]);
        percentRow(blocks, table, "    Pasien lama", r.returningPatients(), age[1]);
        percentRow(blocks, table, "    BPJS", r.bpjs(), pay[0]);
        percentRow(blocks, table, "    Umum (bayar sendiri)", r.umum(), pay[1]);
        percentRow(blocks, table, "Pendaftaran dibatalkan", r.cancelled(), null);
        percentRow(blocks, table, "Pasien antrean BPJS", queue.bpjs(), queuePay[0]);
        percentRow(blocks, table, "Pasien antrean umum (bayar sendiri)", queue.umum(), queuePay[1]);
        blocks.add(table);
        named(blocks, "Pendaftaran per poli", "Poli", r.byClinic(), "Tanpa poli");
        named(blocks, "Pendaftaran per dokter", "Dokter", r.byDoctor(), "Tanpa dokter");
    }

    private static void named(PdfBlocks blocks, String title, String what, List<NamedCount> counts, String missing) {
        blocks.note(title);
        PdfPTable table = blocks.table(new float[]{3, 1, 1}, 70, what, "Pendaftaran", "Persen");
        if (counts == null || counts.isEmpty()) {
            blocks.noRows(table);
        } else {
            int[] percents = Percentages.of(counts.stream().mapToLong(NamedCount::count).toArray());
            for (int i = 0; i < counts.size(); i++) {
                percentRow(blocks, table, IdFormat.name(counts.get(i).name(), missing), counts.get(i).count(),
                        percents[i]);
            }
        }
        blocks.add(table);
    }

    private static void bpjs(PdfBlocks blocks, BpjsFigures figures, String title) {
        BpjsFigures b = Figures.orNone(figures);
        blocks.heading(title);
        PdfPTable table = blocks.table(new float[]{3, 1}, 60, "Bridging dan cek peserta", "Jumlah");
        row(blocks, table, "Kunjungan terkirim ke PCare", b.visitsBridged());
        row(blocks, table, "Kunjungan gagal", b.visitsFailed());
        row(blocks, table, "Kunjungan menunggu", b.visitsPending());
        row(blocks, table, "Kunjungan dihapus", b.visitsDeleted());
        row(blocks, table, "Cek peserta: aktif", b.checksActive());
        row(blocks, table, "Cek peserta: tidak aktif", b.checksInactive());
        row(blocks, table, "Cek peserta: tidak ditemukan", b.checksNotFound());
        blocks.add(table);
    }

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
    private static DailyBuffer daily(PdfBlocks blocks, PeriodReport period, Iterator<DayFigures> days, int total,
                                     ExportProgress progress) {
        blocks.heading("Statistik harian");
        PdfPTable table = blocks.table(new float[]{1.9f, 1, 1, 1, 1.1f, 1, 1.1f, 1, 1.1f, 1, 1, 1.2f, 1.2f, 1.2f},
                100, "Tanggal", "Pasien", "Lansia", "Ibu hamil", "Disabilitas", "Balita", "Antrean umum", "BPJS",
                "Bayar umum", "Dilayani", "Tidak hadir", "Rata-rata tunggu (menit)", "Tunggu P90 (menit)",
                "Rata-rata layanan (menit)");
        table.setComplete(false);
        DailyBuffer buffer = new DailyBuffer(total);
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

    private static void bpjsPerDay(PdfBlocks blocks, DailyBuffer buffer) {
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

    // --- rows ---

    private static void row(PdfBlocks blocks, PdfPTable table, String label, long value) {
        blocks.text(table, label);
        blocks.number(table, value);
    }

    private static void minutesRow(PdfBlocks blocks, PdfPTable table, String label, Duration value) {
        blocks.text(table, label);
        blocks.minutes(table, value);
    }

    private static void percentRow(PdfBlocks blocks, PdfPTable table, String label, long value, Integer percent) {
        blocks.text(table, label);
        blocks.number(table, value);
        blocks.right(table, percent == null ? "" : IdFormat.percent(percent), false);
    }

    private static void compare(PdfBlocks blocks, PdfPTable table, String label, long now, long before) {
        blocks.text(table, label);
        blocks.number(table, now);
        blocks.number(table, before);
        blocks.right(table, IdFormat.change(now, before), false);
    }

    private static void compare(PdfBlocks blocks, PdfPTable table, String label, Duration now, Duration before) {
        blocks.text(table, label);
        blocks.minutes(table, now);
        blocks.minutes(table, before);
        blocks.right(table, IdFormat.change(now, before).replace(" menit", ""), false);
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

    /**
     * What the sections after the daily table need of each day: its date, patients and the seven
     * BPJS counts, as primitives (eight numbers a day; a period is a year at most), not the days.
     */
    static final class DailyBuffer {

        private long[] dates;
        private long[] values;
        private int size;

        DailyBuffer(int expected) {
            dates = new long[Math.max(expected, 1)];
            values = new long[Math.max(expected, 1) * 8];
        }

        void add(LocalDate date, long patients, BpjsFigures figures) {
            BpjsFigures b = Figures.orNone(figures);
            if (size == dates.length) {
                dates = java.util.Arrays.copyOf(dates, size * 2);
                values = java.util.Arrays.copyOf(values, size * 16);
            }
            dates[size] = date.toEpochDay();
            long[] row = {patients, b.visitsBridged(), b.visitsFailed(), b.visitsPending(), b.visitsDeleted(),
                    b.checksActive(), b.checksInactive(), b.checksNotFound()};
            System.arraycopy(row, 0, values, size * 8, 8);
            size++;
        }

        int size() {
            return size;
        }

        LocalDate date(int i) {
            return LocalDate.ofEpochDay(dates[i]);
        }

        long[] bpjs(int i) {
            return java.util.Arrays.copyOfRange(values, i * 8 + 1, i * 8 + 8);
        }

        Map<LocalDate, Long> patientsByDay() {
            Map<LocalDate, Long> byDay = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                byDay.put(date(i), values[i * 8]);
            }
            return byDay;
        }
    }
}
