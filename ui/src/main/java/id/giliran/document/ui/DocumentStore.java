package id.giliran.document.ui;

import java.io.InputStream;
import java.util.Optional;

/** Where the bytes of scans are kept, each under its document id. */
public interface DocumentStore {

    void store(String documentId, String patientId, String contentType, byte[] content);

    void delete(String documentId);

    Optional<InputStream> open(String documentId);

    /**
     * Deletes every file stored for {@code patientId} (the owner given to {@link #store}: a patient's id, or
     * {@code counselor:<username>} for a counselor's photos).
     *
     * @return how many files were deleted
     */
    long deleteAllOf(String patientId);

    /** How many files the store holds. */
    long count();
}
