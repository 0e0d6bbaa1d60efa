package id.giliran.erasure.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.AccountStanding;
import id.giliran.api.privacy.ErasureSubjectView;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.registration.LastVisitView;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.patient.command.PatientRecord;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Whom an erasure may name and when. A patient's personal data is part of the medical record, which PMK 24/2022
 * (Pasal 39 ayat 1) keeps at least 25 years after the patient's last visit in a health facility other than a
 * hospital (a Puskesmas): the last visit is the latest service date of the patient's registrations, or the day the
 * patient was registered when that is later or there is none, and erasure is allowed from that day plus the
 * retention period ({@code giliran.privacy.medical-record-retention}, env {@code GILIRAN_MEDICAL_RECORD_RETENTION},
 * ISO-8601, default {@code P25Y}). An account holder's data is not medical record: erasable at once.
 * The erasure screen shows the same answer before the ADMIN confirms ({@link ErasureSubjectQueries}).
 */
@Component
class ErasureRules {

    /** PMK 24/2022 Pasal 39 ayat 1: at least 25 years after the last visit, outside hospitals. */
    static final Period LEGAL_MINIMUM = Period.ofYears(25);
    private static final Logger LOG = LoggerFactory.getLogger(ErasureRules.class);

    private final ErasureSubjects subjects;
    private final LastVisits visits;
    private final Period retention;

    @Autowired
    ErasureRules(ErasureSubjects subjects, LastVisits visits,
                 @Value("${giliran.privacy.medical-record-retention:P25Y}") String retention) {
        this(subjects, visits, parse(retention));
    }

    ErasureRules(ErasureSubjects subjects, LastVisits visits, Period retention) {
        this.subjects = subjects;
        this.visits = visits;
        this.retention = retention;
        LocalDate anchor = LocalDate.of(2000, 1, 1);
        if (anchor.plus(retention).isBefore(anchor.plus(LEGAL_MINIMUM))) {
            LOG.warn("giliran.privacy.medical-record-retention is {}, shorter than the {} PMK 24/2022 (Pasal 39) sets "
                    + "for medical records outside hospitals", retention, LEGAL_MINIMUM);
        }
    }

    static Period parse(String text) {
        Period period;
        try {
            period = Period.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new IllegalArgumentException("giliran.privacy.medical-record-retention "
                    + "(GILIRAN_MEDICAL_RECORD_RETENTION) is an ISO-8601 period such as P25Y, not " + text, malformed);
        }
        if (period.isNegative()) {
            throw new IllegalArgumentException("giliran.privacy.medical-record-retention cannot be negative: " + text);
        }
        return period;
    }

    Period retention() {
        return retention;
    }

    /**
     * What erasing the subject means: who it is (no more than a No. RM or a username and roles) and, for a patient,
     * the first day erasure is allowed.
     *
     * @throws BusinessRuleViolation ERASURE_SUBJECT_UNKNOWN when there is no such patient or account;
     *                               ERASURE_LAST_VISIT_UNKNOWN when a patient's last visit cannot be told now
     */
    ErasureSubjectView describe(SubjectKind kind, String subjectId, boolean erased, MetaData metaData, Clock clock) {
        if (kind == SubjectKind.ACCOUNT) {
            AccountStanding account = subjects.account(subjectId).orElseThrow(ErasureRules::unknown);
            return new ErasureSubjectView(kind, subjectId, null, account.roles(), erased, null, null, null, null);
        }
        PatientRecord record = subjects.patient(subjectId).orElseThrow(ErasureRules::unknown);
        LastVisitView visit = visits.lastVisit(subjectId, metaData);
        if (visit == null || !visit.complete()) {
            throw new BusinessRuleViolation(ErrorCode.ERASURE_LAST_VISIT_UNKNOWN,
                    "the patient's last visit cannot be told while the registration read model is incomplete");
        }
        LocalDate opened = record.registeredAt() == null ? null
                : LocalDate.ofInstant(record.registeredAt(), clock.getZone());
        LocalDate last = latest(opened, visit.serviceDate());
        if (last == null) {
            throw new BusinessRuleViolation(ErrorCode.ERASURE_LAST_VISIT_UNKNOWN,
                    "the record has no date to count from");
        }
        return new ErasureSubjectView(kind, subjectId, record.medicalRecordNumber(), Set.of(), erased, opened,
                visit.serviceDate(), retention.toString(), last.plus(retention));
    }

    /**
     * Refuses an erasure of a subject that does not exist, or of a medical record inside its retention period.
     *
     * @throws BusinessRuleViolation ERASURE_SUBJECT_UNKNOWN, ERASURE_LAST_VISIT_UNKNOWN or ERASURE_RETENTION
     */
    /** Closes the patient's record in this unit of work (see {@link ErasureSubjects#closePatient}). */
    void closePatient(String patientId, java.time.Instant at) {
        subjects.closePatient(patientId, at);
    }

    void requireErasable(SubjectKind kind, String subjectId, MetaData metaData, Clock clock, LocalDate today) {
        ErasureSubjectView subject = describe(kind, subjectId, false, metaData, clock);
        if (subject.erasableFrom() != null && today.isBefore(subject.erasableFrom())) {
            throw new BusinessRuleViolation(ErrorCode.ERASURE_RETENTION, "the medical record is kept " + retention
                    + " after the last visit (PMK 24/2022 Pasal 39): erasable from " + subject.erasableFrom());
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static BusinessRuleViolation unknown() {
        return new BusinessRuleViolation(ErrorCode.ERASURE_SUBJECT_UNKNOWN, "no such patient or account");
    }
}
