package id.giliran.erasure.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.common.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingMessageView;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.history.Timeline;
import id.giliran.api.history.TimelineEntry;
import id.giliran.api.masterdata.DoctorView;
import id.giliran.api.operations.EventProcessorView;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationView;
import id.giliran.counseling.ui.CounselingService;
import id.giliran.history.ui.HistoryService;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import id.giliran.registration.ui.RegistrationService;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.ReportPeriod;
import id.giliran.report.ui.ReportService;
import org.springframework.data.mongodb.core.MongoTemplate;
import java.util.Map;
import java.util.TreeMap;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.giliran.api.document.DocumentType;
import id.giliran.api.document.DocumentView;
import id.giliran.api.identity.Role;
import id.giliran.api.operations.ProcessorState;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.document.ui.DocumentService;
import id.giliran.document.ui.DocumentsPanel;
import id.giliran.document.ui.OpenedFile;
import id.giliran.operations.ui.OperationsService;
import id.giliran.patient.ui.PatientService;
import id.giliran.privacy.PersonalDataKeys;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A patient's erasure from the screen to the scans, on an application whose retention period is over at once
 * (P0D): the key destroyed, the KTP scan opens as erased and is deleted from GridFS, and a scan attached after the
 * erasure survives rebuilds of the erasure's processors.
 */
@TestPropertySource(properties = "giliran.privacy.medical-record-retention=P0D")
class ErasureJourneyIT extends KaribuTest {

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private long filesOf(String patientId) {
        Query files = Query.query(Criteria.where("metadata.patientId").is(patientId));
        return context.getBean(GridFsTemplate.class).find(files).into(new ArrayList<>()).size();
    }

    private void rebuild(String group) {
        OperationsService operations = context.getBean(OperationsService.class);
        operations.rebuild(group);
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            var processor = operations.processor(group).orElseThrow();
            return processor.state() == ProcessorState.RUNNING && processor.replayUntil() < 0;
        });
    }

    @Test
    void anAdminErasesAPatientWhoseRetentionIsOverAndTheScansGoWithIt() {
        signIn("admin@giliran.id", Role.ADMIN);
        PatientService patients = context.getBean(PatientService.class);
        DocumentService documents = context.getBean(DocumentService.class);
        PersonalDataKeys keys = context.getBean(PersonalDataKeys.class);
        PatientView patient = patients.register(new PatientDetails(null, "Sulastri Wahyuningsih", "Jember",
                LocalDate.of(1980, 5, 15), Sex.PEREMPUAN, "Jl. Mawar 3", "001/002", "Gladak Pakem", "Kaliwates",
                "Jember", null, BloodType.O, MaritalStatus.KAWIN, null, null, null), null);
        String ktp = documents.attach(patient.patientId(), DocumentType.KTP, "ktp.pdf", pdf("KTP SULASTRI"));
        await().pollInSameThread().until(() -> documents.open(patient.patientId(), ktp).isPresent());

        UI.getCurrent().navigate(PersonalDataErasureView.class);
        PersonalDataErasureView view = (PersonalDataErasureView) UI.getCurrent().getCurrentView();
        lookUp(view, patient.medicalRecordNumber());
        assertThat(view.getElement().getTextRecursively()).contains("sudah lewat", "dapat dihapus");
        fill(view);
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("erasure-confirm")));

        expectNotifications("Data pribadi " + patient.medicalRecordNumber() + " telah dihapus.");
        assertThat(keys.isErased(SubjectRef.patient(patient.patientId()))).isTrue();
        assertThat(documents.open(patient.patientId(), ktp)).map(OpenedFile::isErased).contains(true);
        await().atMost(Duration.ofSeconds(30)).until(() -> filesOf(patient.patientId()) == 0);
        DocumentsPanel panel = new DocumentsPanel(documents, ZoneId.of("Asia/Jakarta"), patient.patientId());
        UI.getCurrent().add(panel);
        assertThat(panel.getElement().getTextRecursively()).contains("Berkas ini sudah dihapus");

        // what comes after the erasure is new data, under a new key, and no rebuild takes it
        byte[] newScan = pdf("KK BARU");
        String kk = documents.attach(patient.patientId(), DocumentType.KK, "kk.pdf", newScan);
        rebuild("document-erasure");
        rebuild("personal-data-erasure");
        await().pollInSameThread().untilAsserted(() -> assertThat(documents.documents(patient.patientId()))
                .extracting(DocumentView::documentId).contains(kk));
        assertThat(documents.open(patient.patientId(), kk)).map(OpenedFile::content).contains(newScan);
        assertThat(documents.open(patient.patientId(), ktp)).map(OpenedFile::isErased).contains(true);
    }

    /**
     * The journey: a patient (with a visit) and a student (with a counseling request and a chat) are
     * erased; at once and again after every read model was rebuilt from the first event, their personal fields
     * read [dihapus] on every screen's query and in the auditor's timeline, while numbers and counts are the same.
     */
    @Test
    void anErasedPatientAndStudentStayErasedAfterEveryReadModelIsRebuiltWhileCountsAndNumbersStay() {
        String nik = "3509016204850003";
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        PatientService patients = context.getBean(PatientService.class);
        PatientView patient = patients.register(new PatientDetails(nik, "Wiji Lestari Handayani", "Bondowoso",
                LocalDate.of(1985, 4, 22), Sex.PEREMPUAN, "Jl. Cempaka No. 9", "004/006", "Gladak Pakem",
                "Kaliwates", "Kabupaten Jember", "081234500777", BloodType.A, MaritalStatus.KAWIN, "Guru",
                "Udang", "0001234500777"), null);
        String clinic = masterData.doctorsOnDuty("UMUM", patients.today()).isEmpty() ? "UGD" : "UMUM";
        DoctorView doctor = masterData.doctorsOnDuty(clinic, patients.today()).get(0);
        TicketView ticket = context.getBean(KioskService.class).takeTicket(new TicketRequest(TicketCategory.GENERAL,
                null, PaymentType.UMUM, clinic));
        TicketView served = calling.startServing(calling.call(ticket, masterData.counters().get(0)));
        RegistrationService registrations = context.getBean(RegistrationService.class);
        RegistrationView visit = registrations.start(served.ticketId(), patient.patientId(), PatientKind.BARU,
                PaymentType.UMUM, clinic, doctor.doctorId(), "Demam dan nyeri sendi");

        signIn("siswa@giliran.id", Role.SISWA);
        CounselingService counseling = context.getBean(CounselingService.class);
        String counselor = "konselor@giliran.id";
        var free = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                          .until(() -> counseling.freeSlots(counselor),
                slots -> !slots.isEmpty());
        CounselingBookingView request = counseling.request(counselor, free.get(0).start(),
                "Takut pulang ke rumah", SessionChannel.CHAT);
        counseling.sendMessage(request, "Ayah sering marah besar");

        MongoTemplate mongo = context.getBean(MongoTemplate.class);
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> assertThat(
                registrations.find(visit.registrationId())).map(RegistrationView::notes)
                .contains("Demam dan nyeri sendi"));
        signIn("admin@giliran.id", Role.ADMIN);
        ReportService reports = context.getBean(ReportService.class);
        ReportPeriod today = reports.period(reports.today(), reports.today());
        PeriodReport reportBefore = reports.report(today, true);
        ErasureService erasures = context.getBean(ErasureService.class);
        erasures.erase(erasures.findPatient(patient.medicalRecordNumber()).orElseThrow(), "Surat 7/2026",
                "Permintaan pasien");
        erasures.erase(erasures.findAccount("siswa@giliran.id").orElseThrow(), "Formulir BK 3/2026",
                "Permintaan siswa dan orang tua");

        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
               .untilAsserted(() -> readsErased(patient, visit, request, nik));
        // the erased record is closed to changes, and its NIK is no longer held by anyone
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        assertThatThrownBy(() -> patients.update(patient.patientId(), patient.details(), "Koreksi", null))
                .isInstanceOfSatisfying(CommandExecutionException.class, refused -> assertThat(refused.getDetails())
                        .contains(ErrorCode.PATIENT_ERASED.name()));
        Map<String, Long> countsAfterErasure = counts(mongo);
        signIn("admin@giliran.id", Role.ADMIN);
        int rebuilt = 0;
        for (String group : context.getBean(OperationsService.class).processors().stream()
                                   .map(EventProcessorView::processingGroup).toList()) {
            signIn("admin@giliran.id", Role.ADMIN);
            try {
                rebuild(group);
                rebuilt++;
            } catch (CommandExecutionException notResettable) {
                // handlers with side effects only (a counselor's photos deleted): they start at the head, never replay
                assertThat(notResettable.getDetails()).contains(ErrorCode.PROCESSOR_NOT_RESETTABLE.name());
            }
        }
        assertThat(rebuilt).isGreaterThan(15);
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
               .untilAsserted(() -> readsErased(patient, visit, request, nik));
        assertThat(counts(mongo)).isEqualTo(countsAfterErasure);
        signIn("admin@giliran.id", Role.ADMIN);
        assertThat(reports.report(today, true)).isEqualTo(reportBefore);

        // the erased patient's NIK holds nobody: the person can be registered again, as a new record
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        PatientView again = patients.register(new PatientDetails(nik, "Wiji Lestari", "Bondowoso",
                LocalDate.of(1985, 4, 22), Sex.PEREMPUAN, "Jl. Anggrek 2", "001/001", "Gladak Pakem", "Kaliwates",
                "Kabupaten Jember", null, BloodType.UNKNOWN, MaritalStatus.KAWIN, null, null, null), null);
        assertThat(again.medicalRecordNumber()).isNotEqualTo(patient.medicalRecordNumber());
    }

    private void readsErased(PatientView patient, RegistrationView visit, CounselingBookingView request, String nik) {
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        PatientService patients = context.getBean(PatientService.class);
        PatientView erased = patients.find(patient.patientId()).orElseThrow();
        assertThat(erased.medicalRecordNumber()).isEqualTo(patient.medicalRecordNumber());
        assertThat(erased.details().name()).isEqualTo(PersonalData.ERASED);
        assertThat(erased.details().address()).isIn(PersonalData.ERASED, null);
        assertThat(erased.details().birthDate()).isNull();
        assertThat(patients.findByNik(nik)).isEmpty();
        assertThat(patients.search("Lestari")).isEmpty();
        RegistrationView registration = context.getBean(RegistrationService.class).find(visit.registrationId())
                                               .orElseThrow();
        assertThat(registration.registrationNumber()).isEqualTo(visit.registrationNumber());
        assertThat(registration.notes()).isEqualTo(PersonalData.ERASED);

        signIn("konselor@giliran.id", Role.KONSELOR);
        CounselingService counseling = context.getBean(CounselingService.class);
        CounselingBookingView booking = counseling.booking(request.bookingId()).orElseThrow();
        assertThat(booking.topic()).isEqualTo(PersonalData.ERASED);
        assertThat(booking.studentName()).isEqualTo(PersonalData.ERASED);
        assertThat(booking.slot()).isEqualTo(request.slot());
        assertThat(counseling.messages(request.bookingId())).extracting(CounselingMessageView::text)
                                                            .containsExactly(PersonalData.ERASED);

        signIn("auditor@giliran.id", Role.AUDITOR);
        Timeline timeline = context.getBean(HistoryService.class).timeline(patient.patientId(), null).orElseThrow();
        TimelineEntry registered = timeline.entries().get(0);
        assertThat(registered.field("details.name")).isEqualTo(PersonalData.ERASED);
        assertThat(registered.field("details.allergies")).isEqualTo(PersonalData.ERASED);
        assertThat(registered.field("medicalRecordNumber")).isEqualTo(patient.medicalRecordNumber());
    }

    /** How many documents each read model holds (the key store and Axon's own collections aside). */
    private static Map<String, Long> counts(MongoTemplate mongo) {
        Map<String, Long> counts = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            if (!collection.startsWith("axon_") && !collection.startsWith("personal_data_")
                    && !collection.startsWith("fs.") && !collection.equals("read_model_layouts")
                    && !collection.equals("audit_entries") && !collection.equals("erasures")) {
                counts.put(collection, mongo.getCollection(collection).countDocuments());
            }
        }
        return counts;
    }

    private static void lookUp(PersonalDataErasureView view, String medicalRecordNumber) {
        view.kind.setValue(SubjectKind.PATIENT);
        view.subjectField.setValue(medicalRecordNumber);
        view.find.click();
    }

    private static void fill(PersonalDataErasureView view) {
        view.requestReference.setValue("Surat permohonan 21/2026");
        view.reason.setValue("Permintaan pasien (UU 27/2022)");
        view.erase.click();
    }
}
