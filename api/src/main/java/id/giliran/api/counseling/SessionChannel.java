package id.giliran.api.counseling;

/** How a counseling session takes place. */
public enum SessionChannel {
    TATAP_MUKA,
    CHAT,
    SUARA,
    VIDEO
}
