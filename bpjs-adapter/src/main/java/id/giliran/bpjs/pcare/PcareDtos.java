package id.giliran.bpjs.pcare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The PCare wire shapes; their names are BPJS's and stay in this package. */
final class PcareDtos {

    private PcareDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Peserta(
            String noKartu,
            String nama,
            String hubunganKeluarga,
            String sex,
            String tglLahir,
            String tglMulaiAktif,
            String tglAkhirBerlaku,
            Provider kdProviderPst,
            NamaKode jnsKelas,
            NamaKode jnsPeserta,
            String noKTP,
            String noHP,
            Boolean aktif,
            String ketAktif) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Provider(String kdProvider, String nmProvider) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NamaKode(String nama, String kode) {
    }

    /** Body of POST /pendaftaran. */
    record Pendaftaran(
            String kdProviderPeserta,
            String tglDaftar,
            String noKartu,
            String kdPoli,
            String keluhan,
            boolean kunjSakit,
            int sistole,
            int diastole,
            double beratBadan,
            double tinggiBadan,
            int respRate,
            double lingkarPerut,
            int heartRate,
            int rujukBalik,
            String kdTkp) {
    }

    /** The answer of POST /pendaftaran: {"field":"noUrut","message":"A1"}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldMessage(String field, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kunjungan(
            String noUrut,
            String tglDaftar,
            Provider providerPelayanan,
            Peserta peserta,
            Poli poli,
            String keluhan,
            Boolean kunjSakit,
            String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Poli(String kdPoli, String nmPoli, Boolean poliSakit) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dokter(String kdDokter, String nmDokter) {
    }
}
