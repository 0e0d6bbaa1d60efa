package id.giliran.api.document;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attaches a stored scan to a patient. The file itself is in the document store (GridFS) under
 * {@code documentId}; events carry only what it is, never its content.
 *
 * @param contentType as detected from the content, never taken from the file name
 * @param sha256      hex digest of the file as uploaded (the document store keeps it sealed with the patient's key,
 *                    so this is not the digest of the stored bytes)
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record AttachDocumentCommand(@TargetAggregateIdentifier String documentId, String patientId,
                                    DocumentType type, String fileName, String contentType, long sizeBytes,
                                    String sha256) {
}
