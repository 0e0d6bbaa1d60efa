package id.giliran.audit.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.audit.AuditEntryKind;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.document.DocumentType;
import id.giliran.api.identity.Role;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationView;
import id.giliran.bpjs.sandbox.PcareSandbox;
import id.giliran.document.ui.DocumentService;
import id.giliran.patient.ui.PatientService;
import id.giliran.patient.ui.VisitCardView;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import id.giliran.registration.ui.RegistrationService;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read of a patient's record by the front desk leaves an access entry (who, what kind, which
 * record, from where) that holds none of the patient's data: not the name, not the NIK, not the BPJS
 * number, not the search term.
 */
class ReadAccessTrailTest extends KaribuTest {

    private String officer;
    private PatientService patients;
    private PatientView patient;
    private String nik;
    private String name;

    @BeforeEach
    void aPatientAtTheFrontDesk() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        officer = "loket" + n + "@giliran.id";
        name = "Wulan Jejak" + n;
        LocalDate birth = LocalDate.of(1990, 4, 12);
        nik = String.format("3201011204%02d%04d", birth.getYear() % 100, n % 10_000);
        patients = context.getBean(PatientService.class);
        signIn(officer, Role.PETUGAS_LOKET);
        patient = patients.register(new PatientDetails(nik, name, "Jember", birth, Sex.LAKI_LAKI, "Jl. Rahasia 7", null,
                null, null, null, null, BloodType.UNKNOWN, null, null, null, PcareSandbox.ACTIVE_CARD), null);
    }

    /** The officer's access entries, newest first, once the audit projection has this many. */
    private List<AuditEntryView> accessEntries(int atLeast) {
        signIn("auditor@giliran.id", Role.AUDITOR);
        AuditService audit = context.getBean(AuditService.class);
        FindAuditEntriesQuery mine = new FindAuditEntriesQuery(officer, null, null, null, null, AuditEntryKind.ACCESS,
                null, 100);
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).until(() -> audit.find(mine).size() >= atLeast);
        List<AuditEntryView> entries = audit.find(mine);
        signIn(officer, Role.PETUGAS_LOKET);
        return entries;
    }

    private void assertNoPersonalData(List<AuditEntryView> entries) {
        assertThat(entries).allSatisfy(entry -> assertThat(entry.toString())
                .doesNotContain(name, "Wulan", "Jejak", nik, nik.substring(0, 10), PcareSandbox.ACTIVE_CARD, "Rahasia",
                        patient.medicalRecordNumber()));
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.username()).isEqualTo(officer);
            assertThat(entry.roles()).isEqualTo("PETUGAS_LOKET");
            assertThat(entry.clientAddress()).isNotBlank();
            assertThat(entry.kind()).isEqualTo(AuditEntryKind.ACCESS);
        });
    }

    @Test
    void searchesRecordTheKindOfKeyAndTheCountNeverTheTerm() {
        assertThat(patients.search(name)).hasSize(1);
        assertThat(patients.search(nik)).hasSize(1);
        assertThat(patients.search(PcareSandbox.ACTIVE_CARD)).isNotEmpty();
        assertThat(patients.search(patient.medicalRecordNumber())).hasSize(1);

        List<AuditEntryView> entries = accessEntries(4);

        assertThat(entries).extracting(AuditEntryView::action).containsExactly(
                "RecordAccessed PATIENT_SEARCH key=NO_RM results=1",
                entries.get(1).action(),
                "RecordAccessed PATIENT_SEARCH key=NIK results=1",
                "RecordAccessed PATIENT_SEARCH key=NAME results=1");
        assertThat(entries.get(1).action()).startsWith("RecordAccessed PATIENT_SEARCH key=BPJS results=");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.aggregateId()).isNull());
        assertNoPersonalData(entries);
    }

    @Test
    void openingThePatientTheVisitCardAndTheScansIsRecordedByIdOnly() throws IOException {
        assertThat(patients.find(patient.patientId())).isPresent();
        assertThat(patients.findByNik(nik)).isPresent();
        UI.getCurrent().navigate(VisitCardView.class, patient.patientId());
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("visit-card-number")).getText())
                .isEqualTo(patient.medicalRecordNumber());
        DocumentService documents = context.getBean(DocumentService.class);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", png);
        String documentId = documents.attach(patient.patientId(), DocumentType.KTP, "ktp-" + name + ".png",
                png.toByteArray());
        org.axonframework.queryhandling.QueryGateway queries = context.getBean(
                org.axonframework.queryhandling.QueryGateway.class);
        await().pollInSameThread().until(() -> queries.query(
                new id.giliran.api.document.FindPatientDocumentsQuery(patient.patientId()),
                org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf(
                        id.giliran.api.document.DocumentView.class)).join().size() == 1);
        assertThat(documents.documents(patient.patientId())).hasSize(1);
        assertThat(documents.open(patient.patientId(), documentId)).isPresent();

        List<AuditEntryView> entries = accessEntries(5);

        assertThat(entries).extracting(AuditEntryView::action, AuditEntryView::aggregateId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RecordAccessed PATIENT_SCAN", documentId),
                org.assertj.core.groups.Tuple.tuple("RecordAccessed PATIENT_SCANS", patient.patientId()),
                org.assertj.core.groups.Tuple.tuple("RecordAccessed VISIT_CARD", patient.patientId()),
                org.assertj.core.groups.Tuple.tuple("RecordAccessed PATIENT key=NIK", patient.patientId()),
                org.assertj.core.groups.Tuple.tuple("RecordAccessed PATIENT", patient.patientId()));
        assertNoPersonalData(entries);
    }

    @Test
    void openingARegistrationAndCheckingBpjsIsRecordedByTheRegistrationsId() {
        callEveryWaitingTicket();
        signIn(officer, Role.PETUGAS_LOKET);
        RegistrationService registrations = context.getBean(RegistrationService.class);
        TicketView issued = context.getBean(KioskService.class).takeTicket(
                new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "UGD"));
        TicketView served = calling.startServing(calling.call(issued, masterData.counters().get(0)));
        RegistrationView started = registrations.start(served.ticketId(), patient.patientId(), PatientKind.LAMA,
                PaymentType.BPJS, "UGD", "dr-jaga-ugd", "");
        assertThat(registrations.ofTicket(served.ticketId())).isPresent();
        assertThat(registrations.find(started.registrationId())).isPresent();
        assertThat(registrations.checkBpjs(PcareSandbox.ACTIVE_CARD, started.registrationId(), started.patientId())
                                .isFound()).isTrue();
        assertThat(registrations.checkBpjs(nik, started.registrationId(), started.patientId())).isNotNull();

        List<AuditEntryView> entries = accessEntries(4);

        assertThat(entries).extracting(AuditEntryView::action).containsExactly("RecordAccessed BPJS_CHECK key=NIK",
                "RecordAccessed BPJS_CHECK key=BPJS", "RecordAccessed REGISTRATION", "RecordAccessed REGISTRATION");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.aggregateId()).isEqualTo(started.registrationId()));
        assertNoPersonalData(entries);
    }
}
