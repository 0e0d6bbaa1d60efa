package id.giliran.api.bpjs;

/** What a BPJS participant check came to. */
public enum BpjsCheckOutcome {
    /** BPJS knows the participant (active or not: see {@link Participant#active()}). */
    FOUND,
    /** BPJS does not know the card number or NIK. */
    NOT_FOUND,
    /** Neither 13 digits (card number) nor 16 digits (NIK): nothing was asked. */
    INVALID,
    /** BPJS could not be asked or refused the request (outage, timeout, credentials ...). */
    FAILED
}
