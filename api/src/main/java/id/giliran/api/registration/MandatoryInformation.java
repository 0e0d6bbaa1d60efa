package id.giliran.api.registration;

/** What the front desk must tell every patient before registration completes (seed 002). */
public enum MandatoryInformation {
    HAK_PASIEN,
    KEWAJIBAN_PASIEN,
    INFORMASI_PELAYANAN,
    PERSETUJUAN_UMUM
}
