package id.giliran.api.counseling;

/** What a counselor helps with; shown to students in the directory and used as its filter. */
public enum Specialization {
    AKADEMIK,
    KARIER,
    PRIBADI_SOSIAL,
    KELUARGA,
    KECEMASAN,
    PERUNDUNGAN
}
