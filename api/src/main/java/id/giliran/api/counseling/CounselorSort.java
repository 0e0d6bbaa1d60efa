package id.giliran.api.counseling;

/** How the counselor directory is ordered. */
public enum CounselorSort {
    NAME,
    RATING,
    EARLIEST_FREE_SLOT
}
