package id.giliran.api.document;

/** The scans a front desk keeps of a patient (seed 002, "Bagan Alur"). */
public enum DocumentType {
    /** Kartu Tanda Penduduk, the identity card. */
    KTP,
    /** Kartu Keluarga, the family card. */
    KK,
    /** The BPJS Kesehatan (JKN-KIS) card. */
    KARTU_BPJS,
    /** Kartu Identitas Anak, the child's identity card. */
    KIA
}
