package id.giliran.api.audit;

public enum SecurityEventKind {
    LOGIN,
    LOGIN_FAILED,
    LOCKED_OUT,
    LOGOUT
}
