package id.giliran.api.privacy;

import id.giliran.api.identity.Role;

import java.time.LocalDate;
import java.util.Set;

/**
 * One data subject as the erasure screen shows it: who it is, with no more personal data than needed to be sure
 * (a patient by No. RM, an account by username and roles), and what the retention rule says.
 *
 * @param medicalRecordNumber a patient's No. RM; null for an account
 * @param roles               an account's roles; empty for a patient
 * @param erased              the subject's personal data was erased already
 * @param recordOpenedOn      the day the patient was registered (the medical record opened); null for an account
 * @param lastVisit           the latest service date of the patient's registrations, null when none
 * @param retention           the medical-record retention period as configured (ISO-8601, "P25Y"); null for an account
 * @param erasableFrom        the first day a patient's erasure is allowed: the last visit (or the day the record was
 *                            opened) plus the retention period; null for an account (erasable at once)
 */
public record ErasureSubjectView(SubjectKind kind, String subjectId, String medicalRecordNumber, Set<Role> roles,
                                 boolean erased, LocalDate recordOpenedOn, LocalDate lastVisit, String retention,
                                 LocalDate erasableFrom) {

    public ErasureSubjectView {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
