package id.giliran.document.ui;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the bytes of scans are kept, each under its document id, as their owners' services give them: sealed with
 * the owner's key ({@link DocumentService} for a patient's scans, the counselor photos for a counselor's).
 */
public interface DocumentStore {

    void store(String documentId, String patientId, String contentType, byte[] content);

    void delete(String documentId);

    Optional<InputStream> open(String documentId);

    /** Whether a file is kept under the id. */
    boolean exists(String documentId);

    /**
     * Deletes every file stored for {@code patientId} (the owner given to {@link #store}: a patient's id, or
     * {@code counselor:<username>} for a counselor's photos).
     *
     * @return how many files were deleted
     */
    long deleteAllOf(String patientId);

    /**
     * Deletes the files stored for {@code patientId} whose stored bytes {@code which} accepts (e.g. those an erasure
     * made unreadable), leaving the others.
     *
     * @return how many files were deleted
     */
    long deleteAllOf(String patientId, Predicate<byte[]> which);

    /** How many files the store holds. */
    long count();
}
