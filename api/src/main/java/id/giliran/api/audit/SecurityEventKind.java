package id.giliran.api.audit;

public enum SecurityEventKind {
    LOGIN,
    LOGIN_FAILED,
    /** written before #15 (the hard lock, now replaced by the SIGN_IN_* kinds below); kept so old entries read */
    LOCKED_OUT,
    LOGOUT,
    // #15 signin: a sign-in refused before its password was checked, and why
    /** the (account, client address) pair failed several times in a row and must wait (progressive delay) */
    SIGN_IN_DELAYED,
    /** too many sign-in attempts from this client address */
    SIGN_IN_ADDRESS_LIMITED,
    /** too many failed sign-ins to this account from all addresses together (distributed guessing) */
    SIGN_IN_ACCOUNT_LIMITED
}
