package id.giliran.report.export;

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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * The Excel exports: the same content as the PDFs, a sheet per table, streamed with POI's SXSSF
 * (only the last {@link #ROW_WINDOW} rows of a sheet are in memory; the rest waits in temporary
 * files, removed when the workbook is written). Counts are numeric cells, dates real date cells
 * ({@code dd/mm/yyyy}), durations numeric minutes with one decimal under a "(menit)" header.
 * The period's days go into two sheets at once ("Harian" and "BPJS"), each day read once.
 * One file for both workbooks: they share every sheet but the daily ones (the cells themselves
 * are written by {@link XlsxSheet}).
 */
public final class XlsxReportWriter {

    static final int ROW_WINDOW = 100;

    static final String SUMMARY = "Ringkasan";
    static final String DAILY = "Harian";
    static final String CLINICS = "Per poli";
    static final String REGISTRATIONS = "Pendaftaran";
    static final String REGISTRATIONS_PER_CLINIC = "Daftar per poli";
    static final String DOCTORS = "Per dokter";
    static final String BPJS = "BPJS";
    static final String ARRIVALS = "Kedatangan";
    static final String COUNTERS = "Loket";

    /** The dashboard's day. */
    public void writeDashboard(ExportHeader header, DashboardView view, OutputStream out) throws IOException {
        write(out, (workbook, styles) -> {
            QueueFigures q = Figures.orNone(view.queue());
            RegistrationFigures r = Figures.orNone(view.registrations());
            BpjsFigures b = Figures.orNone(view.bpjs());
            XlsxSheet summary = new XlsxSheet(workbook, styles, SUMMARY).widths(34, 16);
            info(summary, header, null);
            if (Figures.empty(view)) {
                summary.row().bold(IdFormat.NO_DATA).skip();
            }
            summary.header("Indikator", "Jumlah");
            summary.row().text("Pasien").number(q.tickets());
            summary.row().text("Terdaftar di loket").number(r.registrations());
            summary.row().text("Menunggu dipanggil").number(q.waiting());
            summary.row().text("Prioritas").number(q.priority());
            for (PriorityReason reason : PriorityReason.values()) {
                summary.row().text("  " + IdFormat.reason(reason)).number(q.priority(reason));
            }
            summary.row().text("Antrean umum").number(q.general());
            summary.row().text("Dilayani").number(q.served());
            summary.row().text("Tidak hadir").number(q.notPresent());
            summary.row().text("Daftar online (sudah datang)").number(q.online());
            summary.row().text("Booking online belum datang").number(q.bookedNotArrived());
            summary.row().text("Rata-rata tunggu (menit)").minutes(q.averageWait());
            summary.row().text("Tunggu persentil 90 (menit)").minutes(q.waitP90());
            summary.row().text("Rata-rata layanan (menit)").minutes(q.averageService());

            clinics(new XlsxSheet(workbook, styles, CLINICS), view.clinics());
            registrations(workbook, styles, r, q);
            XlsxSheet bpjs = new XlsxSheet(workbook, styles, BPJS).widths(34, 12);
            bpjs.header("Bridging dan cek peserta", "Jumlah");
            bpjsRows(bpjs, b);

            XlsxSheet arrivals = new XlsxSheet(workbook, styles, ARRIVALS).widths(10, 10);
            arrivals.header("Jam", "Pasien");
            List<ArrivalSlot> slots = view.arrivals() == null ? List.of() : view.arrivals();
            if (slots.isEmpty()) {
                arrivals.noData();
            }
            for (ArrivalSlot slot : slots) {
                arrivals.row().text(IdFormat.time(slot.start())).number(slot.patients());
            }

            XlsxSheet counters = new XlsxSheet(workbook, styles, COUNTERS).widths(14, 16, 22, 16, 10);
            counters.header("Loket", "Nomor antrean", "Poli", "Status", "Sejak");
            List<CounterServing> serving = view.counters() == null ? List.of() : view.counters();
            if (serving.isEmpty()) {
                counters.noData();
            }
            for (CounterServing c : serving) {
                boolean idle = c.ticketNumber() == null;
                counters.row().text(IdFormat.name(c.counterName(), "Loket " + c.counterNumber()))
                        .text(idle ? "Belum memanggil" : c.ticketNumber())
                        .text(idle ? null : c.clinicName())
                        .text(idle ? null : IdFormat.status(c.status()))
                        .text(c.since() == null ? null
                                : IdFormat.time(c.since().atZone(header.exportedAt().getZone()).toLocalTime()));
            }
        });
    }

    /**
     * A period: {@code current} and {@code previous} are the totals (their {@code days} are not
     * read); the days come one by one from {@code days}, read once; {@code progress} hears after
     * each day. An empty period says "Tidak ada data" on every sheet and does not read the days.
     */
    public void writePeriod(ExportHeader header, PeriodReport current, PeriodReport previous,
                            Iterator<DayFigures> days, ExportProgress progress, OutputStream out) throws IOException {
        ExportProgress told = progress == null ? ExportProgress.NONE : progress;
        int total = (int) (current.to().toEpochDay() - current.from().toEpochDay() + 1);
        write(out, (workbook, styles) -> {
            boolean empty = current.empty();
            XlsxSheet summary = new XlsxSheet(workbook, styles, SUMMARY).widths(34, 16, 20, 14, 16);
            info(summary, header, previous);
            if (empty) {
                summary.row().bold(IdFormat.NO_DATA).skip();
            }
            summary.header("Indikator", "Periode ini", "Periode sebelumnya", "Perubahan", "Perubahan (%)");
            comparison(summary, current, previous);

            XlsxSheet daily = new XlsxSheet(workbook, styles, DAILY)
                    .widths(13, 9, 9, 10, 11, 9, 13, 9, 11, 10, 11, 15, 13, 15);
            daily.header("Tanggal", "Pasien", "Lansia", "Ibu hamil", "Disabilitas", "Balita", "Antrean umum",
                    "BPJS", "Bayar umum", "Dilayani", "Tidak hadir", "Rata-rata tunggu (menit)",
                    "Tunggu P90 (menit)", "Rata-rata layanan (menit)");
            clinics(new XlsxSheet(workbook, styles, CLINICS), empty ? List.of() : current.clinics());
            registrations(workbook, styles, empty ? RegistrationFigures.NONE : Figures.orNone(current.registrations()),
                    Figures.orNone(current.queue()));
            XlsxSheet bpjs = new XlsxSheet(workbook, styles, BPJS).widths(13, 11, 9, 11, 10, 11, 15, 16);
            bpjs.header("Tanggal", "Terkirim", "Gagal", "Menunggu", "Dihapus", "Cek aktif", "Cek tidak aktif",
                    "Tidak ditemukan");

            if (empty) {
                daily.noData();
                bpjs.noData();
                told.daysWritten(total, total);
                return;
            }
            long[] sums = new long[10];
            long[] bpjsSums = new long[7];
            int written = 0;
            while (days.hasNext()) {
                DayFigures day = days.next();
                QueueFigures q = Figures.orNone(day.queue());
                long[] counts = {q.tickets(), q.priority(PriorityReason.LANSIA),
                        q.priority(PriorityReason.IBU_HAMIL), q.priority(PriorityReason.DISABILITAS),
                        q.priority(PriorityReason.BALITA), q.general(), q.bpjs(), q.umum(), q.served(),
                        q.notPresent()};
                daily.row().date(day.date());
                for (int i = 0; i < counts.length; i++) {
                    daily.number(counts[i]);
                    sums[i] += counts[i];
                }
                daily.minutes(q.averageWait()).minutes(q.waitP90()).minutes(q.averageService());
                BpjsFigures b = Figures.orNone(day.bpjs());
                long[] row = {b.visitsBridged(), b.visitsFailed(), b.visitsPending(), b.visitsDeleted(),
                        b.checksActive(), b.checksInactive(), b.checksNotFound()};
                bpjs.row().date(day.date());
                for (int i = 0; i < row.length; i++) {
                    bpjs.number(row[i]);
                    bpjsSums[i] += row[i];
                }
                written++;
                told.daysWritten(written, Math.max(total, written));
            }
            if (written == 0) {
                daily.noData();
                bpjs.noData();
                return;
            }
            QueueFigures q = Figures.orNone(current.queue());
            daily.row().bold("Jumlah");
            for (long sum : sums) {
                daily.number(sum, true);
            }
            // over every ticket of the period, not an average of the daily averages
            daily.minutes(q.averageWait(), true).minutes(q.waitP90(), true).minutes(q.averageService(), true);
            bpjs.row().bold("Jumlah");
            for (long sum : bpjsSums) {
                bpjs.number(sum, true);
            }
        });
    }

    // --- the sheets ---

    private static void info(XlsxSheet sheet, ExportHeader header, PeriodReport previous) {
        sheet.row().title(header.title());
        sheet.row().text("Puskesmas").text(header.facilityName());
        sheet.row().text("Alamat").text(header.facilityAddress());
        sheet.row().text("Periode").text(header.periodText());
        sheet.row().text("Dari").date(header.from());
        sheet.row().text("Sampai").date(header.to());
        if (previous != null) {
            sheet.row().text("Periode sebelumnya").text(IdFormat.period(previous.from(), previous.to()));
        }
        sheet.row().text("Diekspor oleh").text(header.exportedBy());
        sheet.row().text("Waktu ekspor").text(IdFormat.dateTime(header.exportedAt()));
        sheet.skip();
    }

    private static void comparison(XlsxSheet sheet, PeriodReport now, PeriodReport before) {
        QueueFigures q = Figures.orNone(now.queue());
        QueueFigures p = before == null ? QueueFigures.NONE : Figures.orNone(before.queue());
        RegistrationFigures r = Figures.orNone(now.registrations());
        RegistrationFigures pr = before == null ? RegistrationFigures.NONE : Figures.orNone(before.registrations());
        BpjsFigures b = Figures.orNone(now.bpjs());
        BpjsFigures pb = before == null ? BpjsFigures.NONE : Figures.orNone(before.bpjs());
        compare(sheet, "Pasien", q.tickets(), p.tickets());
        compare(sheet, "Prioritas", q.priority(), p.priority());
        for (PriorityReason reason : PriorityReason.values()) {
            compare(sheet, "  " + IdFormat.reason(reason), q.priority(reason), p.priority(reason));
        }
        compare(sheet, "Antrean umum", q.general(), p.general());
        compare(sheet, "Pasien BPJS", q.bpjs(), p.bpjs());
        compare(sheet, "Pasien umum (bayar sendiri)", q.umum(), p.umum());
        compare(sheet, "Daftar online (sudah datang)", q.online(), p.online());
        compare(sheet, "Dilayani", q.served(), p.served());
        compare(sheet, "Tidak hadir", q.notPresent(), p.notPresent());
        compare(sheet, "Booking online tidak datang", q.bookedNotArrived(), p.bookedNotArrived());
        compare(sheet, "Rata-rata tunggu (menit)", q.averageWait(), p.averageWait());
        compare(sheet, "Tunggu persentil 90 (menit)", q.waitP90(), p.waitP90());
        compare(sheet, "Rata-rata layanan (menit)", q.averageService(), p.averageService());
        compare(sheet, "Pendaftaran", r.registrations(), pr.registrations());
        compare(sheet, "  Pasien baru", r.newPatients(), pr.newPatients());
        compare(sheet, "  Pasien lama", r.returningPatients(), pr.returningPatients());
        compare(sheet, "Pendaftaran dibatalkan", r.cancelled(), pr.cancelled());
        compare(sheet, "Kunjungan BPJS terkirim", b.visitsBridged(), pb.visitsBridged());
        compare(sheet, "Kunjungan BPJS gagal", b.visitsFailed(), pb.visitsFailed());
        compare(sheet, "Kunjungan BPJS menunggu", b.visitsPending(), pb.visitsPending());
        compare(sheet, "Kunjungan BPJS dihapus", b.visitsDeleted(), pb.visitsDeleted());
        compare(sheet, "Cek peserta BPJS: aktif", b.checksActive(), pb.checksActive());
        compare(sheet, "Cek peserta BPJS: tidak aktif", b.checksInactive(), pb.checksInactive());
        compare(sheet, "Cek peserta BPJS: tidak ditemukan", b.checksNotFound(), pb.checksNotFound());
    }

    private static void compare(XlsxSheet sheet, String label, long now, long before) {
        sheet.row().text(label).number(now).number(before).signed(now - before)
                .signed(before == 0 ? null : Math.round((now - before) * 1000.0 / before) / 10.0);
    }

    private static void compare(XlsxSheet sheet, String label, Duration now, Duration before) {
        Double a = IdFormat.minutes(now);
        Double b = IdFormat.minutes(before);
        sheet.row().text(label).minutes(now).minutes(before)
                .signed(a == null || b == null ? null : Math.round((a - b) * 10) / 10.0)
                .signed(a == null || b == null || b == 0 ? null : Math.round((a - b) * 1000 / b) / 10.0);
    }

    private static void clinics(XlsxSheet sheet, List<ClinicFigures> clinics) {
        sheet.widths(10, 24, 10, 10, 13, 10, 11, 15, 13, 15);
        sheet.header("Kode", "Poli", "Pasien", "Prioritas", "Antrean umum", "Dilayani", "Tidak hadir",
                "Rata-rata tunggu (menit)", "Tunggu P90 (menit)", "Rata-rata layanan (menit)");
        if (clinics == null || clinics.isEmpty()) {
            sheet.noData();
            return;
        }
        for (ClinicFigures clinic : clinics) {
            QueueFigures q = Figures.orNone(clinic.queue());
            sheet.row().text(clinic.clinicCode()).text(IdFormat.name(clinic.clinicName(), clinic.clinicCode()))
                    .number(q.tickets()).number(q.priority()).number(q.general()).number(q.served())
                    .number(q.notPresent()).minutes(q.averageWait()).minutes(q.waitP90())
                    .minutes(q.averageService());
        }
    }

    private static void registrations(SXSSFWorkbook workbook, XlsxSheet.Styles styles, RegistrationFigures r,
                                      QueueFigures queue) {
        XlsxSheet sheet = new XlsxSheet(workbook, styles, REGISTRATIONS).widths(36, 12, 12);
        sheet.header("Indikator", "Jumlah", "Persen (%)");
        int[] age = Percentages.of(r.newPatients(), r.returningPatients());
        int[] pay = Percentages.of(r.bpjs(), r.umum());
        int[] queuePay = Percentages.of(queue.bpjs(), queue.umum());
        sheet.row().text("Pendaftaran").number(r.registrations());
        sheet.row().text("  Pasien baru").number(r.newPatients()).number(age[0]);
        sheet.row().text("  Pasien lama").number(r.returningPatients()).number(age[1]);
        sheet.row().text("  BPJS").number(r.bpjs()).number(pay[0]);
        sheet.row().text("  Umum (bayar sendiri)").number(r.umum()).number(pay[1]);
        sheet.row().text("Pendaftaran dibatalkan").number(r.cancelled());
        sheet.row().text("Pasien antrean BPJS").number(queue.bpjs()).number(queuePay[0]);
        sheet.row().text("Pasien antrean umum (bayar sendiri)").number(queue.umum()).number(queuePay[1]);
        named(new XlsxSheet(workbook, styles, REGISTRATIONS_PER_CLINIC), "Poli", r.byClinic(), "Tanpa poli");
        named(new XlsxSheet(workbook, styles, DOCTORS), "Dokter", r.byDoctor(), "Tanpa dokter");
    }

    private static void named(XlsxSheet sheet, String what, List<NamedCount> counts, String missing) {
        sheet.widths(10, 30, 13, 12);
        sheet.header("Kode", what, "Pendaftaran", "Persen (%)");
        if (counts == null || counts.isEmpty()) {
            sheet.noData();
            return;
        }
        int[] percents = Percentages.of(counts.stream().mapToLong(NamedCount::count).toArray());
        for (int i = 0; i < counts.size(); i++) {
            NamedCount count = counts.get(i);
            sheet.row().text(count.code()).text(IdFormat.name(count.name(), missing)).number(count.count())
                    .number(percents[i]);
        }
    }

    private static void bpjsRows(XlsxSheet sheet, BpjsFigures b) {
        sheet.row().text("Kunjungan terkirim ke PCare").number(b.visitsBridged());
        sheet.row().text("Kunjungan gagal").number(b.visitsFailed());
        sheet.row().text("Kunjungan menunggu").number(b.visitsPending());
        sheet.row().text("Kunjungan dihapus").number(b.visitsDeleted());
        sheet.row().text("Cek peserta: aktif").number(b.checksActive());
        sheet.row().text("Cek peserta: tidak aktif").number(b.checksInactive());
        sheet.row().text("Cek peserta: tidak ditemukan").number(b.checksNotFound());
    }

    private interface Body {
        void write(SXSSFWorkbook workbook, XlsxSheet.Styles styles);
    }

    private static void write(OutputStream out, Body body) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            body.write(workbook, new XlsxSheet.Styles(workbook));
            workbook.write(out);
        } finally {
            workbook.dispose(); // the temporary files of the flushed rows
            workbook.close();
        }
    }
}
