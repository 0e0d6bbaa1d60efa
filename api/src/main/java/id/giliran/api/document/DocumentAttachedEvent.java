package id.giliran.api.document;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;

/** A scan was attached to a patient. */
public record DocumentAttachedEvent(String documentId, @DataSubject(SubjectKind.PATIENT) String patientId, DocumentType type, @PersonalData String fileName,
                                    String contentType, long sizeBytes, String sha256, String attachedBy,
                                    Instant attachedAt) {
}
