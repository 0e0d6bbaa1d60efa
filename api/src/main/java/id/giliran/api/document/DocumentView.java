package id.giliran.api.document;

import java.time.Instant;

public record DocumentView(String documentId, String patientId, DocumentType type, String fileName,
                           String contentType, long sizeBytes, String attachedBy, Instant attachedAt) {
}
