package id.giliran.api.queue;

/** Why a ticket is a priority ticket (seed 002: lansia, ibu hamil, disabilitas, balita). */
public enum PriorityReason {
    LANSIA,
    IBU_HAMIL,
    DISABILITAS,
    BALITA
}
