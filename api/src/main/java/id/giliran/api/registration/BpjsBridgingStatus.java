package id.giliran.api.registration;

/** Where the PCare visit ("Daftarkan ke BPJS") of a registration stands. */
public enum BpjsBridgingStatus {
    /** Asked for; the next attempt to add the visit is waiting for its time. */
    PENDING,
    /** An attempt to add the visit is in progress. */
    SENDING,
    /** PCare has the visit; its queue number (noUrut) is known. */
    BRIDGED,
    /** Given up: PCare refused (4xx) or every retry failed; the reason is shown. */
    FAILED,
    /** The registration was cancelled: the visit is to be deleted at PCare. */
    DELETE_PENDING,
    /** An attempt to delete the visit is in progress. */
    DELETING,
    /** The visit is no longer at PCare. */
    DELETED,
    /** Deleting was given up; the reason is shown. */
    DELETE_FAILED;

    /** True while a sender still has work to do. */
    public boolean open() {
        return this == PENDING || this == SENDING || this == DELETE_PENDING || this == DELETING;
    }

    public boolean deletion() {
        return this == DELETE_PENDING || this == DELETING || this == DELETED || this == DELETE_FAILED;
    }
}
