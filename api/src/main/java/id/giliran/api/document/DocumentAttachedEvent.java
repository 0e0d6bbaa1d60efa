package id.giliran.api.document;

import java.time.Instant;

/** A scan was attached to a patient. */
public record DocumentAttachedEvent(String documentId, String patientId, DocumentType type, String fileName,
                                    String contentType, long sizeBytes, String sha256, String attachedBy,
                                    Instant attachedAt) {
}
