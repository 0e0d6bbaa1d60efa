package id.giliran.api.patient;

/** Golongan darah; {@link #UNKNOWN} until it is known. */
public enum BloodType {
    A,
    B,
    AB,
    O,
    UNKNOWN
}
