package id.giliran.erasure.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.AccountStanding;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.PersonalDataErasedEvent;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.api.registration.LastVisitView;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimitCase;
import id.giliran.patient.command.PatientRecord;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ErasureTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Sunday 22 November 2026, 08:00 in Jakarta. */
    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    static final String ADMIN = "admin@puskesmas.id";
    static final MetaData AS_ADMIN = MetaData.from(new Caller(ADMIN, Set.of(Role.ADMIN), "10.0.0.2").toMetaData());
    static final String STUDENT = "siti@sekolah.id";
    static final String PATIENT = "6f1c2a4e-patient";

    private FixtureConfiguration<Erasure> fixture;
    private final Subjects subjects = new Subjects();
    private final Visits visits = new Visits();
    private final List<SubjectRef> destroyed = new ArrayList<>();

    /** The patients and accounts the aggregates would load. */
    static class Subjects implements ErasureSubjects {
        final Map<String, PatientRecord> patients = new HashMap<>();
        final Map<String, AccountStanding> accounts = new HashMap<>();
        final List<String> closed = new ArrayList<>();

        @Override
        public void closePatient(String patientId, Instant at) {
            closed.add(patientId);
        }

        @Override
        public Optional<PatientRecord> patient(String patientId) {
            return Optional.ofNullable(patients.get(patientId));
        }

        @Override
        public Optional<AccountStanding> account(String username) {
            return Optional.ofNullable(accounts.get(username));
        }
    }

    /** The registration read model's answers; a patient without an entry never visited. */
    static class Visits implements LastVisits {
        final Map<String, LastVisitView> answers = new HashMap<>();
        final List<String> askedAs = new ArrayList<>();

        @Override
        public LastVisitView lastVisit(String patientId, MetaData metaData) {
            askedAs.add(Caller.fromMetaData(metaData).username());
            return answers.getOrDefault(patientId, new LastVisitView(patientId, null, true));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Erasure.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, JAKARTA));
        fixture.registerInjectableResource(new ErasureRules(subjects, visits, Period.ofYears(25)));
        fixture.registerInjectableResource((SubjectKeys) destroyed::add);
        subjects.accounts.put(STUDENT, new AccountStanding(STUDENT, Set.of(Role.SISWA), true));
    }

    private void patientRegisteredOn(String instant) {
        subjects.patients.put(PATIENT, new PatientRecord(PATIENT, "RM-000123", Instant.parse(instant)));
    }

    private void lastVisitOn(LocalDate serviceDate) {
        visits.answers.put(PATIENT, new LastVisitView(PATIENT, serviceDate, true));
    }

    private static ErasePersonalDataCommand erase(SubjectKind kind, String subjectId) {
        return new ErasePersonalDataCommand(ErasePersonalDataCommand.idOf(kind, subjectId), kind, subjectId,
                " Surat permohonan 014/BK/XI/2026 ", " Permintaan siswa dan orang tua ");
    }

    private static PersonalDataErasedEvent erased(SubjectKind kind, String subjectId) {
        return new PersonalDataErasedEvent(ErasePersonalDataCommand.idOf(kind, subjectId), kind, subjectId,
                "Surat permohonan 014/BK/XI/2026", "Permintaan siswa dan orang tua", ADMIN, NOW);
    }

    @Test
    void canEraseAnAccountAtOnceRecordingTheRequestWhoAndWhen() {
        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.ACCOUNT, STUDENT), AS_ADMIN)
               .expectEvents(erased(SubjectKind.ACCOUNT, STUDENT));
    }

    @Test
    void canDestroyTheSubjectsKeyOnceTheErasureIsCommitted() {
        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.ACCOUNT, STUDENT), AS_ADMIN)
               .expectSuccessfulHandlerExecution();

        assertThat(destroyed).containsExactly(SubjectRef.account(STUDENT));
        assertThat(subjects.closed).as("an account holder has no medical record to close").isEmpty();
    }

    @Test
    void canErasePatientDataTwentyFiveYearsAfterTheLastVisit() {
        patientRegisteredOn("1998-02-02T02:00:00Z");
        lastVisitOn(LocalDate.of(2001, 3, 14));

        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.PATIENT, PATIENT), AS_ADMIN)
               .expectEvents(erased(SubjectKind.PATIENT, PATIENT));
        assertThat(subjects.closed).as("the patient's record closed, its NIK released").containsExactly(PATIENT);
    }

    @Test
    void canErasePatientDataOnTheFirstDayTheRetentionAllows() {
        patientRegisteredOn("1998-02-02T02:00:00Z");
        lastVisitOn(LocalDate.of(2001, 11, 22));

        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.PATIENT, PATIENT), AS_ADMIN)
               .expectEvents(erased(SubjectKind.PATIENT, PATIENT));
    }

    @Test
    void canAskTheLastVisitAsTheAdminWhoErases() {
        patientRegisteredOn("1998-02-02T02:00:00Z");

        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.PATIENT, PATIENT), AS_ADMIN)
               .expectSuccessfulHandlerExecution();

        assertThat(visits.askedAs).containsExactly(ADMIN);
    }

    @Test
    void cannotErasePatientDataInsideTheRetentionPeriod() {
        patientRegisteredOn("1998-02-02T02:00:00Z");
        lastVisitOn(LocalDate.of(2001, 11, 23));

        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.PATIENT, PATIENT), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ERASURE_RETENTION.name())
               .expectExceptionMessage("the medical record is kept P25Y after the last visit (PMK 24/2022 Pasal 39): "
                       + "erasable from 2026-11-23")
               .expectNoEvents();
        assertThat(subjects.closed).isEmpty();
    }

    @Test
    void cannotErasePatientDataOfARecordOpenedInsideTheRetentionPeriodThatWasNeverVisited() {
        // registered at 06:30 in Jakarta on 23 November 2001, still the 22nd in UTC: the record's day is Jakarta's
        patientRegisteredOn("2001-11-22T23:30:00Z");

        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.PATIENT, PATIENT), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ERASURE_RETENTION.name())
               .expectNoEvents();
    }

    @Test
    void cannotErasePatientDataWhileTheLastVisitCannotBeTold() {
        patientRegisteredOn("1990-02-02T02:00:00Z");
        visits.answers.put(PATIENT, new LastVisitView(PATIENT, null, false));

        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.PATIENT, PATIENT), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ERASURE_LAST_VISIT_UNKNOWN.name())
               .expectNoEvents();
    }

    @Test
    void cannotDestroyAKeyWhenTheErasureIsRefused() {
        patientRegisteredOn("2020-02-02T02:00:00Z");

        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.PATIENT, PATIENT), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectNoEvents();

        assertThat(destroyed).isEmpty();
    }

    @Test
    void cannotDestroyAKeyWhenTheUnitOfWorkRollsBackAfterTheErasure() {
        // the erasure itself succeeds, then its unit of work fails (as a failing event store append would)
        fixture.registerCommandHandlerInterceptor((unitOfWork, chain) -> {
            chain.proceed();
            throw new IllegalStateException("the unit of work fails after the handler");
        });

        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.ACCOUNT, STUDENT), AS_ADMIN)
               .expectException(IllegalStateException.class);

        assertThat(destroyed).isEmpty();
    }

    @Test
    void cannotEraseWithoutAReason() {
        ErasePersonalDataCommand command = erase(SubjectKind.ACCOUNT, STUDENT);
        fixture.givenNoPriorActivity()
               .when(new ErasePersonalDataCommand(command.erasureId(), command.kind(), command.subjectId(),
                       command.requestReference(), "   "), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ERASURE_REASON_REQUIRED.name())
               .expectNoEvents();
    }

    @Test
    void cannotEraseWithoutTheRequestReference() {
        ErasePersonalDataCommand command = erase(SubjectKind.ACCOUNT, STUDENT);
        fixture.givenNoPriorActivity()
               .when(new ErasePersonalDataCommand(command.erasureId(), command.kind(), command.subjectId(), null,
                       command.reason()), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ERASURE_REASON_REQUIRED.name())
               .expectNoEvents();
    }

    @Test
    void cannotEraseAnUnknownPatient() {
        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.PATIENT, "no-such-patient"), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ERASURE_SUBJECT_UNKNOWN.name())
               .expectNoEvents();
    }

    @Test
    void cannotEraseAnUnknownAccount() {
        fixture.givenNoPriorActivity()
               .when(erase(SubjectKind.ACCOUNT, "nobody@sekolah.id"), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ERASURE_SUBJECT_UNKNOWN.name())
               .expectNoEvents();
    }

    @Test
    void cannotEraseASubjectTwice() {
        fixture.given(erased(SubjectKind.ACCOUNT, STUDENT))
               .when(erase(SubjectKind.ACCOUNT, STUDENT), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ERASURE_ALREADY_DONE.name())
               .expectNoEvents();
    }

    @Test
    void cannotEraseUnderAnotherSubjectsErasureId() {
        fixture.givenNoPriorActivity()
               .when(new ErasePersonalDataCommand(
                       ErasePersonalDataCommand.idOf(SubjectKind.ACCOUNT, "other@sekolah.id"),
                       SubjectKind.ACCOUNT, STUDENT, "Surat 1", "Permintaan"), AS_ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void theRequestReferenceAndReasonAreAcceptedAtTheirLimitsAndRefusedOneCharacterMore() {
        String id = ErasePersonalDataCommand.idOf(SubjectKind.ACCOUNT, STUDENT);
        new TextLimitCase("request reference", TextLimit.REQUEST_REFERENCE, text -> new ErasePersonalDataCommand(id,
                SubjectKind.ACCOUNT, STUDENT, text, "Permintaan siswa"), AS_ADMIN).verify(fixture);
        new TextLimitCase("reason", TextLimit.ERASURE_REASON, text -> new ErasePersonalDataCommand(id,
                SubjectKind.ACCOUNT, STUDENT, "Surat 014/BK/XI/2026", text), AS_ADMIN).verify(fixture);
    }
}
