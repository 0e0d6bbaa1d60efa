package id.giliran.report.query;

import id.giliran.api.bpjs.PcareCallRecordedEvent;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
import id.giliran.api.registration.BpjsVisitAttemptFailedEvent;
import id.giliran.api.registration.BpjsVisitAttemptStartedEvent;
import id.giliran.api.registration.BpjsVisitBridgedEvent;
import id.giliran.api.registration.BpjsVisitDeletedEvent;
import id.giliran.api.registration.BpjsVisitDeletionRequestedEvent;
import id.giliran.api.registration.BpjsVisitRequestedEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationChangedEvent;
import id.giliran.api.registration.RegistrationCompletedEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.DashboardChanged;
import id.giliran.api.report.NamedCount;
import id.giliran.api.report.RegistrationFigures;
import id.giliran.api.report.WatchDashboardQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

import static id.giliran.report.query.StatisticsFixture.TODAY;
import static id.giliran.report.query.StatisticsFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

class RegistrationStatisticsProjectionTest {

    private final StatisticsFixture fixture = new StatisticsFixture();

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private void register(String id, PatientKind kind, PaymentType payment, String clinic, String doctor) {
        fixture.registrations.on(new RegistrationStartedEvent(id, "REG-" + id, TODAY, "t-" + id, "A-001", "p-" + id,
                kind, payment, clinic, doctor, null, MedicalRecordStatus.CREATED, "loket", at(5)));
    }

    private RegistrationFigures registrations() {
        return fixture.dashboard(TODAY).registrations();
    }

    private BpjsFigures bpjs(LocalDate day) {
        return fixture.dashboard(day).bpjs();
    }

    @Test
    void countsNewAndReturningPatientsByPaymentClinicAndDoctor() {
        register("r1", PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-1");
        register("r2", PatientKind.LAMA, PaymentType.BPJS, "UMUM", "dr-1");
        register("r3", PatientKind.LAMA, PaymentType.UMUM, "GIGI", "dr-2");
        register("r4", PatientKind.LAMA, PaymentType.UMUM, "UMUM", null);

        RegistrationFigures figures = registrations();
        assertThat(figures.registrations()).isEqualTo(4);
        assertThat(figures.newPatients()).isEqualTo(1);
        assertThat(figures.returningPatients()).isEqualTo(3);
        assertThat(figures.bpjs()).isEqualTo(2);
        assertThat(figures.umum()).isEqualTo(2);
        assertThat(figures.byClinic()).containsExactly(new NamedCount("UMUM", "Poli Umum", 3),
                new NamedCount("GIGI", "Poli Gigi & Mulut", 1));
        assertThat(figures.byDoctor()).containsExactly(new NamedCount("dr-1", "dr. Ani", 2),
                new NamedCount("dr-2", "drg. Budi", 1), new NamedCount(null, null, 1));
    }

    @Test
    void aChangedRegistrationCountsWhereItIsNow() {
        register("r1", PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-1");
        fixture.registrations.on(new RegistrationChangedEvent("r1", PaymentType.UMUM, "GIGI", "dr-2", "gigi sakit", "p1"));
        fixture.registrations.on(new RegistrationCompletedEvent("r1", "t-r1", "p-r1", "GIGI", "dr-2", "loket", at(9)));

        RegistrationFigures figures = registrations();
        assertThat(figures.bpjs()).isZero();
        assertThat(figures.umum()).isEqualTo(1);
        assertThat(figures.byClinic()).containsExactly(new NamedCount("GIGI", "Poli Gigi & Mulut", 1));
        assertThat(figures.byDoctor()).containsExactly(new NamedCount("dr-2", "drg. Budi", 1));
    }

    @Test
    void aCancelledRegistrationCountsOnlyAsCancelled() {
        register("r1", PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-1");
        register("r2", PatientKind.LAMA, PaymentType.BPJS, "UMUM", "dr-1");
        RegistrationCancelledEvent cancelled = new RegistrationCancelledEvent("r1", "t-r1", "salah", "loket", at(7), "p1");
        fixture.registrations.on(cancelled);
        RegistrationFigures once = registrations();
        fixture.registrations.on(cancelled);

        assertThat(registrations()).as("redelivered").isEqualTo(once);
        assertThat(once.registrations()).isEqualTo(1);
        assertThat(once.cancelled()).isEqualTo(1);
        assertThat(once.newPatients()).isZero();
        assertThat(once.byClinic()).containsExactly(new NamedCount("UMUM", "Poli Umum", 1));
    }

    @Test
    void visitsCountByTheirStatusOfNowOnTheirVisitDate() {
        String[] ids = {"bridged", "failed", "pending", "sending", "deleted", "deleting", "wanted", "retrying"};
        for (String id : ids) {
            register(id, PatientKind.LAMA, PaymentType.BPJS, "UMUM", "dr-1");
            fixture.registrations.on(new BpjsVisitRequestedEvent(id, "000123", TODAY, "P1", "001", "loket", at(6), "p1"));
        }
        fixture.registrations.on(new BpjsVisitBridgedEvent("bridged", 1, "A1", true, at(7)));
        fixture.registrations.on(new BpjsVisitAttemptFailedEvent("failed", 5, false, "400", false, null, at(7)));
        fixture.registrations.on(new BpjsVisitAttemptStartedEvent("sending", 1, false, at(7), at(9)));
        fixture.registrations.on(new BpjsVisitBridgedEvent("deleted", 1, "A2", true, at(7)));
        fixture.registrations.on(new BpjsVisitDeletionRequestedEvent("deleted", at(8)));
        fixture.registrations.on(new BpjsVisitAttemptStartedEvent("deleted", 1, true, at(8), at(9)));
        fixture.registrations.on(new BpjsVisitDeletedEvent("deleted", 1, at(9)));
        fixture.registrations.on(new BpjsVisitBridgedEvent("deleting", 1, "A3", true, at(7)));
        fixture.registrations.on(new BpjsVisitDeletionRequestedEvent("deleting", at(8)));
        // deleting asked for while an add is under way: pending until the add's outcome, then deleted
        fixture.registrations.on(new BpjsVisitAttemptStartedEvent("wanted", 1, false, at(7), at(9)));
        fixture.registrations.on(new BpjsVisitDeletionRequestedEvent("wanted", at(8)));
        assertThat(bpjs(TODAY).visitsPending()).as("pending, sending, wanted, retrying").isEqualTo(4);
        fixture.registrations.on(new BpjsVisitBridgedEvent("wanted", 1, "A4", true, at(9)));
        fixture.registrations.on(new BpjsVisitAttemptFailedEvent("retrying", 1, false, "503", true, at(20), at(7)));
        fixture.registrations.on(new BpjsVisitAttemptFailedEvent("retrying", 1, false, "503", true, at(20), at(7)));

        assertThat(bpjs(TODAY)).isEqualTo(new BpjsFigures(1, 1, 3, 3, 0, 0, 0));
        assertThat(fixture.report(TODAY, TODAY).bpjs().visits()).isEqualTo(8);
    }

    @Test
    void checksCountOnTheDayTheyWereMadeInJakarta() {
        register("r1", PatientKind.LAMA, PaymentType.BPJS, "UMUM", "dr-1");
        // 16:30 UTC is 23:30 WIB of the 21st; 17:30 UTC is 00:30 WIB of the 22nd
        BpjsParticipantCheckedEvent active = check("r1", true, Instant.parse("2026-11-21T17:30:00Z"));
        fixture.registrations.on(active);
        fixture.registrations.on(active);
        fixture.registrations.on(check("r1", false, Instant.parse("2026-11-21T16:30:00Z")));
        fixture.registrations.on(check("r1", true, Instant.parse("2026-11-22T02:00:00Z")));
        PcareCallRecordedEvent notFound = pcare("FIND_PARTICIPANT_BY_NIK", "NO_DATA");
        fixture.registrations.on(notFound, "event-1");
        fixture.registrations.on(notFound, "event-1");
        fixture.registrations.on(pcare("FIND_PARTICIPANT_BY_CARD", "NO_DATA"), "event-2");
        fixture.registrations.on(pcare("FIND_PARTICIPANT_BY_CARD", "SUCCESS"), "event-3");
        fixture.registrations.on(pcare("ADD_VISIT", "NO_DATA"), "event-4");

        assertThat(bpjs(TODAY)).isEqualTo(new BpjsFigures(0, 0, 0, 0, 2, 0, 2));
        assertThat(bpjs(TODAY.minusDays(1))).isEqualTo(new BpjsFigures(0, 0, 0, 0, 0, 1, 0));
    }

    private static BpjsParticipantCheckedEvent check(String registrationId, boolean active, Instant at) {
        return new BpjsParticipantCheckedEvent(registrationId, "0001234567890", "A***", active, "III", "PBI", "PKM",
                null, "loket", at, "p1");
    }

    private static PcareCallRecordedEvent pcare(String action, String outcome) {
        return new PcareCallRecordedEvent(action, "GET", "/peserta/****", null, null, 200, 204, "no data", 80,
                outcome, null, "loket", null, null, at(3), null);
    }

    @Test
    void aChangeOfARegistrationTellsTheDashboardsOfItsDay() {
        register("r1", PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-1");

        verify(fixture.emitter, atLeastOnce()).emit(eq(WatchDashboardQuery.class), any(Predicate.class),
                eq(new DashboardChanged(TODAY)));
    }

    @Test
    void theResetEmptiesRegistrationsAndBpjs() {
        register("r1", PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-1");
        fixture.registrations.on(new BpjsVisitRequestedEvent("r1", "000123", TODAY, "P1", "001", "loket", at(6), "p1"));

        fixture.queue.reset();
        fixture.registrations.on(new RegistrationCancelledEvent("r1", "t-r1", "salah", "loket", at(7), "p1"));

        assertThat(registrations()).isEqualTo(RegistrationFigures.NONE);
        assertThat(bpjs(TODAY)).isEqualTo(BpjsFigures.NONE);
    }
}
