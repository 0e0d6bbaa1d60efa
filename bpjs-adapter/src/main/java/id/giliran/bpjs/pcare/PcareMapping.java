package id.giliran.bpjs.pcare;

import id.giliran.api.bpjs.BpjsClinic;
import id.giliran.api.bpjs.BpjsDoctor;
import id.giliran.api.bpjs.BpjsVisit;
import id.giliran.api.bpjs.CareType;
import id.giliran.api.bpjs.Participant;
import id.giliran.api.bpjs.VisitNumber;
import id.giliran.api.bpjs.VisitRegistration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Between the PCare wire shapes and the api records. */
final class PcareMapping {

    static final DateTimeFormatter BPJS_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private PcareMapping() {
    }

    static Participant participant(PcareDtos.Peserta p) {
        require(p.noKartu(), "noKartu");
        return new Participant(
                p.noKartu(),
                blankToNull(p.noKTP()),
                p.nama(),
                p.sex(),
                date(p.tglLahir()),
                p.jnsKelas() == null ? null : p.jnsKelas().nama(),
                p.jnsPeserta() == null ? null : p.jnsPeserta().nama(),
                p.kdProviderPst() == null ? null : p.kdProviderPst().kdProvider(),
                p.kdProviderPst() == null ? null : p.kdProviderPst().nmProvider(),
                date(p.tglMulaiAktif()),
                date(p.tglAkhirBerlaku()),
                Boolean.TRUE.equals(p.aktif()),
                p.ketAktif());
    }

    static PcareDtos.Pendaftaran pendaftaran(VisitRegistration r) {
        return new PcareDtos.Pendaftaran(
                r.providerCode(),
                r.visitDate().format(BPJS_DATE),
                r.cardNumber(),
                r.clinicCode(),
                r.complaint(),
                r.sickVisit(),
                orZero(r.systolic()),
                orZero(r.diastolic()),
                orZero(r.weightKg()),
                orZero(r.heightCm()),
                orZero(r.respiratoryRate()),
                orZero(r.waistCm()),
                orZero(r.heartRate()),
                r.referredBack() ? 1 : 0,
                careTypeCode(r.careType()));
    }

    static String careTypeCode(CareType careType) {
        if (careType == null) {
            return "10";
        }
        return switch (careType) {
            case OUTPATIENT -> "10";
            case INPATIENT -> "20";
            case PROMOTIVE -> "50";
        };
    }

    static BpjsVisit visit(PcareDtos.Kunjungan k) {
        require(k.noUrut(), "noUrut");
        PcareDtos.Peserta peserta = k.peserta();
        PcareDtos.Poli poli = k.poli();
        VisitNumber number = new VisitNumber(
                peserta == null ? null : peserta.noKartu(),
                date(k.tglDaftar()),
                poli == null ? null : poli.kdPoli(),
                k.noUrut());
        return new BpjsVisit(number,
                peserta == null ? null : peserta.nama(),
                poli == null ? null : poli.nmPoli(),
                k.keluhan(),
                Boolean.TRUE.equals(k.kunjSakit()),
                k.status());
    }

    static BpjsClinic clinic(PcareDtos.Poli p) {
        require(p.kdPoli(), "kdPoli");
        return new BpjsClinic(p.kdPoli(), p.nmPoli(), Boolean.TRUE.equals(p.poliSakit()));
    }

    static BpjsDoctor doctor(PcareDtos.Dokter d) {
        require(d.kdDokter(), "kdDokter");
        return new BpjsDoctor(d.kdDokter(), d.nmDokter());
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), BPJS_DATE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
