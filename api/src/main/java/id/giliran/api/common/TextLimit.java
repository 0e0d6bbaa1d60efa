package id.giliran.api.common;

/**
 * The longest text each free-text field of a command may hold, in characters (after surrounding blanks are
 * stripped). The aggregates refuse a longer one with {@link ErrorCode#TEXT_TOO_LONG} naming the field (the
 * field's name is this constant's), and the views give their fields the same maximum, so the browser and the
 * server agree. The Indonesian name of a field is {@code text-limit.<NAME>} in the UI's translations.
 */
public enum TextLimit {

    /** A person's name: patient, student, counselor, doctor, someone asking on a student's behalf. */
    PERSON_NAME(100),
    /** What a student wants to talk about in a counseling request. */
    TOPIC(500),
    /** A reason given for a change: cancelling, postponing, declining, asking on behalf, changing data. */
    REASON(500),
    /** One chat message about a counseling booking. */
    CHAT_TEXT(1000),
    /** A counselor's biography on their profile. */
    BIO(600),
    /** A counselor's qualifications on their profile. */
    QUALIFICATIONS(400),
    /** The front desk's notes on a registration. */
    NOTES(1000),
    /** A street address. */
    ADDRESS(200),
    /** A place name: birth place, kelurahan, kecamatan, kabupaten/kota. */
    PLACE(100),
    /** A patient's occupation. */
    OCCUPATION(100),
    /** A patient's known allergies. */
    ALLERGIES(500),
    /** A clinic's (poli's) name. */
    CLINIC_NAME(100),
    /** A front-desk counter's name. */
    COUNTER_NAME(50),
    /** A doctor's SIP (practice licence) number. */
    SIP_NUMBER(50),
    /** A code typed from BPJS's reference lists: a clinic's poli code, a doctor's code. */
    BPJS_CODE(30),
    /** The running text on the TV display. */
    RUNNING_TEXT(300),
    /** The name a scan had on the officer's computer. */
    FILE_NAME(255),
    /** Why personal data is erased. */
    ERASURE_REASON(1000),
    /** The reference of the written erasure request. */
    REQUEST_REFERENCE(200),
    /** Why parked events were removed. */
    DEAD_LETTER_REASON(500);

    private final int max;

    TextLimit(int max) {
        this.max = max;
    }

    /** The most characters the field holds. */
    public int max() {
        return max;
    }

    /** Whether {@code text} (null counts as empty) fits, once stripped of surrounding blanks. */
    public boolean fits(String text) {
        return text == null || text.strip().length() <= max;
    }
}
