package id.giliran.api.patient;

/** Status perkawinan, with the categories of the KTP. */
public enum MaritalStatus {
    BELUM_KAWIN,
    KAWIN,
    CERAI_HIDUP,
    CERAI_MATI
}
