package id.giliran.document.ui;

import java.io.InputStream;
import java.util.Optional;

/** Where the bytes of scans are kept, each under its document id. */
public interface DocumentStore {

    void store(String documentId, String patientId, String contentType, byte[] content);

    void delete(String documentId);

    Optional<InputStream> open(String documentId);

    /** How many files the store holds. */
    long count();
}
