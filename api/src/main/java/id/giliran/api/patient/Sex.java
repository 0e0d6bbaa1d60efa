package id.giliran.api.patient;

/** Jenis kelamin as the KTP has it; a woman's NIK adds 40 to the day of birth. */
public enum Sex {
    LAKI_LAKI,
    PEREMPUAN
}
