package id.giliran.erasure.ui;

import com.vaadin.flow.component.UI;
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
        await().atMost(Duration.ofSeconds(60)).until(() -> {
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
