package id.giliran.api.patient;

/** What {@link Niks#check} found when comparing a NIK with the birth date and sex entered. */
public enum NikCheck {
    /** 16 digits whose embedded birth date and sex are the ones entered. */
    AGREES,
    /** Not 16 digits: refused (NIK_INVALID). */
    FORMAT_INVALID,
    /** Digits 7–12 are no date (e.g. day 35 or month 13): a warning, the officer may override. */
    DATE_IMPOSSIBLE,
    /** The embedded date is another day than the birth date entered: a warning. */
    BIRTH_DATE_DIFFERS,
    /** The embedded day says the other sex (women have day + 40): a warning. */
    SEX_DIFFERS;

    /** Whether registering needs the officer's reason for accepting the NIK anyway. */
    public boolean needsOverride() {
        return this != AGREES && this != FORMAT_INVALID;
    }
}
