package id.giliran.api.queue;

/** Where a patient confirmed arrival for an online booking. */
public enum ArrivalChannel {
    /** At the kiosk, by typing or scanning the booking code. */
    KIOSK,
    /** On the patient's own phone, signed in. */
    MOBILE,
    /** By a front-desk officer. */
    LOKET
}
