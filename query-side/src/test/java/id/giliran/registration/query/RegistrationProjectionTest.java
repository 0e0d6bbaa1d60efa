package id.giliran.registration.query;

import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.DoctorSavedEvent;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.registration.BpjsCheck;
import id.giliran.api.registration.BpjsParticipantCheckedEvent;
import id.giliran.api.registration.FindPatientVisitsQuery;
import id.giliran.api.registration.FindRegistrationQuery;
import id.giliran.api.registration.FindTicketRegistrationQuery;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.MandatoryInformationGivenEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationCancelledEvent;
import id.giliran.api.registration.RegistrationCompletedEvent;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.registration.RegistrationStatus;
import id.giliran.api.registration.RegistrationView;
import id.giliran.query.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationProjectionTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private EmbeddedMongo mongo;
    private RegistrationProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new EmbeddedMongo();
        projection = new RegistrationProjection(mongo.template(),
                org.mockito.Mockito.mock(org.axonframework.queryhandling.QueryUpdateEmitter.class));
        projection.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));
        projection.on(new DoctorSavedEvent("dr-ahmad", "dr. Ahmad Fauzi", "SIP", "UMUM", "", true));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private static RegistrationStartedEvent started(String id, String ticketId, Instant at) {
        return new RegistrationStartedEvent(id, "REG-20261123-000" + id.charAt(1), DAY, ticketId, "A-001", "p1",
                PatientKind.LAMA, PaymentType.BPJS, "UMUM", "dr-ahmad", "", MedicalRecordStatus.RETRIEVED,
                "loket@giliran.id", at);
    }

    @Test
    void aRegistrationFollowsItsChecklistAndCompletion() {
        projection.on(started("r1", "t1", T0));
        projection.on(new MandatoryInformationGivenEvent("r1", MandatoryInformation.HAK_PASIEN, "loket@giliran.id", T0));
        projection.on(new MandatoryInformationGivenEvent("r1", MandatoryInformation.HAK_PASIEN, "loket@giliran.id", T0));

        RegistrationView live = projection.handle(new FindTicketRegistrationQuery("t1")).orElseThrow();
        assertThat(live.informed()).containsExactly(MandatoryInformation.HAK_PASIEN);
        assertThat(live.clinicName()).isEqualTo("Poli Umum");
        assertThat(live.doctorName()).isEqualTo("dr. Ahmad Fauzi");

        projection.on(new RegistrationCompletedEvent("r1", "t1", "p1", "UMUM", "dr-ahmad", "loket@giliran.id", T0));
        RegistrationView done = projection.handle(new FindTicketRegistrationQuery("t1")).orElseThrow();
        assertThat(done.status()).isEqualTo(RegistrationStatus.COMPLETED);
        assertThat(done.medicalRecord()).isEqualTo(MedicalRecordStatus.DELIVERED);
    }

    @Test
    void aCancelledRegistrationFreesTheTicketAndStaysInTheVisitHistory() {
        projection.on(started("r1", "t1", T0));
        projection.on(new RegistrationCancelledEvent("r1", "t1", "salah pasien", "loket@giliran.id", T0, "p1"));
        projection.on(started("r2", "t2", T0.plusSeconds(86_400)));

        assertThat(projection.handle(new FindTicketRegistrationQuery("t1"))).isEmpty();
        assertThat(projection.handle(new FindPatientVisitsQuery("p1"))).extracting(RegistrationView::registrationId)
                                                                       .containsExactly("r2", "r1");
    }

    @Test
    void theLatestBpjsCheckIsShownOnTheRegistration() {
        projection.on(started("r1", "t1", T0));
        assertThat(projection.handle(new FindRegistrationQuery("r1")).orElseThrow().bpjsCheck()).isNull();

        projection.on(new BpjsParticipantCheckedEvent("r1", "0001234567890", "SITI AMINAH", true, "KELAS III",
                "PBI (APBN)", "PUSKESMAS CIBINONG", LocalDate.of(2027, 12, 31), "loket@giliran.id", T0, "p1"));
        projection.on(new BpjsParticipantCheckedEvent("r1", "0003456789012", "AGUS SETIAWAN", false, "KELAS I",
                "PBPU", "PUSKESMAS CIBINONG", LocalDate.of(2025, 6, 30), "loket@giliran.id", T0.plusSeconds(60), "p1"));

        assertThat(projection.handle(new FindRegistrationQuery("r1")).orElseThrow().bpjsCheck())
                .isEqualTo(new BpjsCheck("0003456789012", "AGUS SETIAWAN", false, "KELAS I", "PBPU",
                        "PUSKESMAS CIBINONG", LocalDate.of(2025, 6, 30), "loket@giliran.id", T0.plusSeconds(60)));
    }
}
