package id.giliran.api.counseling;

/** Who asked for counseling on a student's behalf (seed 001: BK teacher, subject teacher, homeroom teacher, parent). */
public enum RequesterRelation {
    GURU_BK,
    GURU_MATA_PELAJARAN,
    WALI_KELAS,
    ORANG_TUA
}
