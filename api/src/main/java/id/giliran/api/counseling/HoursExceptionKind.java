package id.giliran.api.counseling;

/** A date on which a counselor's weekly hours do not apply as usual. */
public enum HoursExceptionKind {
    /** No sessions at all on that date. */
    DAY_OFF,
    /** Hours on that date besides the weekly ones. */
    EXTRA_HOURS
}
