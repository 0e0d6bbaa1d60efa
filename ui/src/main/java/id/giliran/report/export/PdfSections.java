package id.giliran.report.export;

import com.lowagie.text.pdf.PdfPTable;
import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.report.NamedCount;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.Percentages;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;

import java.time.Duration;
import java.util.List;

/** Sections and rows both PDF documents have: clinics, registrations, BPJS, labelled figures. */
final class PdfSections {

    private PdfSections() {
    }

    static void clinics(PdfBlocks blocks, List<ClinicFigures> clinics) {
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
    static void registrations(PdfBlocks blocks, RegistrationFigures r, QueueFigures queue) {
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
    static void named(PdfBlocks blocks, String title, String what, List<NamedCount> counts, String missing) {
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
    static void bpjs(PdfBlocks blocks, BpjsFigures figures, String title) {
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
    static void row(PdfBlocks blocks, PdfPTable table, String label, long value) {
        blocks.text(table, label);
        blocks.number(table, value);
    }
    static void minutesRow(PdfBlocks blocks, PdfPTable table, String label, Duration value) {
        blocks.text(table, label);
        blocks.minutes(table, value);
    }
    static void percentRow(PdfBlocks blocks, PdfPTable table, String label, long value, Integer percent) {
        blocks.text(table, label);
        blocks.number(table, value);
        blocks.right(table, percent == null ? "" : IdFormat.percent(percent), false);
    }
    static void compare(PdfBlocks blocks, PdfPTable table, String label, long now, long before) {
        blocks.text(table, label);
        blocks.number(table, now);
        blocks.number(table, before);
        blocks.right(table, IdFormat.change(now, before), false);
    }
    static void compare(PdfBlocks blocks, PdfPTable table, String label, Duration now, Duration before) {
        blocks.text(table, label);
        blocks.minutes(table, now);
        blocks.minutes(table, before);
        blocks.right(table, IdFormat.change(now, before).replace(" menit", ""), false);
    }

    static void comparison(PdfBlocks blocks, PeriodReport now, PeriodReport before) {
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
}
