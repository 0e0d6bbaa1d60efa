package id.giliran.erasure.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What names a data subject on the erasure list without personal data: a patient's No. RM, an account's roles
 * (its username is its id). {@code subject} is {@code PATIENT:<id>} or {@code ACCOUNT:<username>}.
 */
@Document("erasure_subject_labels")
record SubjectLabelDocument(@Id String subject, String label) {
}
