package id.giliran.api.counseling;

/**
 * Where a counseling booking stands. PENDING, CONFIRMED and POSTPONED are live: they hold time in
 * the counselor's calendar (a postponed booking holds its alternatives until the student answers).
 */
public enum CounselingStatus {
    PENDING,
    CONFIRMED,
    POSTPONED,
    CANCELLED,
    DONE,
    NO_SHOW;

    public boolean isLive() {
        return this == PENDING || this == CONFIRMED || this == POSTPONED;
    }
}
