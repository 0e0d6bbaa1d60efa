package id.giliran.bpjs.sandbox;

import java.util.List;
import java.util.Map;

/** The seeded PCare data of the sandbox, in BPJS's wire shape. */
final class SandboxData {

    static final String PROVIDER_CODE = "0114U001";
    static final String PROVIDER_NAME = "PUSKESMAS CIBINONG";

    private SandboxData() {
    }

    static List<Map<String, Object>> participants() {
        return List.of(
                peserta(PcareSandbox.ACTIVE_CARD, PcareSandbox.ACTIVE_NIK, "SITI AMINAH", "ISTRI", "P",
                        "01-01-1990", "01-01-2014", "31-12-2030", "KELAS III", "3", "PBI (APBN)", "21",
                        "081234567890", true, "AKTIF"),
                peserta(PcareSandbox.SECOND_ACTIVE_CARD, PcareSandbox.SECOND_ACTIVE_NIK, "BUDI SANTOSO", "PESERTA", "L",
                        "15-07-1985", "01-03-2016", "31-12-2030", "KELAS I", "1", "PEKERJA PENERIMA UPAH PNS DAERAH",
                        "13", "085712345678", true, "AKTIF"),
                peserta(PcareSandbox.INACTIVE_CARD, PcareSandbox.INACTIVE_NIK, "AGUS SETIAWAN", "PESERTA", "L",
                        "20-03-1978", "01-06-2015", "30-06-2025", "KELAS II", "2", "PEKERJA BUKAN PENERIMA UPAH",
                        "14", "081398765432", false, "TIDAK AKTIF"));
    }

    private static Map<String, Object> peserta(String noKartu, String nik, String nama, String hubungan, String sex,
                                               String tglLahir, String mulai, String akhir, String kelas,
                                               String kodeKelas, String jenis, String kodeJenis, String noHp,
                                               boolean aktif, String ketAktif) {
        return Map.ofEntries(
                Map.entry("noKartu", noKartu),
                Map.entry("nama", nama),
                Map.entry("hubunganKeluarga", hubungan),
                Map.entry("sex", sex),
                Map.entry("tglLahir", tglLahir),
                Map.entry("tglMulaiAktif", mulai),
                Map.entry("tglAkhirBerlaku", akhir),
                Map.entry("kdProviderPst", Map.of("kdProvider", PROVIDER_CODE, "nmProvider", PROVIDER_NAME)),
                Map.entry("kdProviderGigi", Map.of("kdProvider", PROVIDER_CODE, "nmProvider", PROVIDER_NAME)),
                Map.entry("jnsKelas", Map.of("nama", kelas, "kode", kodeKelas)),
                Map.entry("jnsPeserta", Map.of("nama", jenis, "kode", kodeJenis)),
                Map.entry("golDarah", "0"),
                Map.entry("noHP", noHp),
                Map.entry("noKTP", nik),
                Map.entry("pstProl", ""),
                Map.entry("pstPrb", ""),
                Map.entry("aktif", aktif),
                Map.entry("ketAktif", ketAktif),
                Map.entry("tunggakan", 0));
    }

    static List<Map<String, Object>> clinics() {
        return List.of(
                poli("001", "UMUM", true),
                poli("002", "GIGI & MULUT", true),
                poli("003", "KIA", true),
                poli("008", "KB", false),
                poli("021", "KONSELING", false));
    }

    private static Map<String, Object> poli(String kode, String nama, boolean sakit) {
        return Map.of("kdPoli", kode, "nmPoli", nama, "poliSakit", sakit);
    }

    static List<Map<String, Object>> doctors() {
        return List.of(
                Map.of("kdDokter", "131491", "nmDokter", "dr. Rina Wulandari"),
                Map.of("kdDokter", "131492", "nmDokter", "dr. Maya Sari Putri"),
                Map.of("kdDokter", "131493", "nmDokter", "drg. Hendra Gunawan"));
    }
}
