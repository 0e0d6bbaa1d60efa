package id.giliran.erasure.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Role;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.api.privacy.ErasePersonalDataCommand;
import id.giliran.api.privacy.ErasureSubjectView;
import id.giliran.api.privacy.ErasureView;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import id.giliran.identity.ui.AccountService;
import id.giliran.patient.ui.PatientService;
import id.giliran.privacy.PersonalDataKeys;
import id.giliran.ui.ErrorText;
import id.giliran.ui.KaribuTest;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Hapus data pribadi" on the whole application (retention as configured by default, 25 years): an account erased
 * after confirming, and every refusal on screen with nothing destroyed.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataErasureViewTest extends KaribuTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    private final List<ErasePersonalDataCommand> sent = new CopyOnWriteArrayList<>();
    private Registration recording;
    private PersonalDataKeys keys;
    private ErasureService erasures;

    @BeforeEach
    void asAdmin() {
        keys = context.getBean(PersonalDataKeys.class);
        erasures = context.getBean(ErasureService.class);
        recording = context.getBean(CommandBus.class).registerDispatchInterceptor(
                (MessageDispatchInterceptor<CommandMessage<?>>) messages -> (index, message) -> {
                    if (message.getPayload() instanceof ErasePersonalDataCommand command) {
                        sent.add(command);
                    }
                    return message;
                });
        signIn("admin@giliran.id", Role.ADMIN);
    }

    @AfterEach
    void stopRecording() {
        recording.cancel();
    }

    private String student() {
        String username = "siswa-" + UUID.randomUUID().toString().substring(0, 8) + "@sekolah.id";
        return context.getBean(AccountService.class).open("Rina Siswa", username, "Pertama#1", "Pertama#1",
                Set.of(Role.SISWA));
    }

    private PatientView patient() {
        return context.getBean(PatientService.class).register(new PatientDetails(null, "Sulastri Wahyuningsih",
                "Jember", LocalDate.of(1980, 5, 15), Sex.PEREMPUAN, "Jl. Mawar 3", "001/002", "Gladak Pakem",
                "Kaliwates", "Jember", null, BloodType.O, MaritalStatus.KAWIN, null, null, null), null);
    }

    private PersonalDataErasureView open() {
        UI.getCurrent().navigate(PersonalDataErasureView.class);
        return (PersonalDataErasureView) UI.getCurrent().getCurrentView();
    }

    private static void lookUp(PersonalDataErasureView view, SubjectKind kind, String subject) {
        view.kind.setValue(kind);
        view.subjectField.setValue(subject);
        view.find.click();
    }

    private static String card(PersonalDataErasureView view) {
        return view.subjectCard.getElement().getTextRecursively();
    }

    private static String text(ErrorCode code) {
        return UI.getCurrent().getTranslation("error." + code.name());
    }

    @Test
    void anAdminErasesAStudentsAccountDataAfterConfirmingThatItCannotBeUndone() {
        String username = student();
        PersonalDataErasureView view = open();

        lookUp(view, SubjectKind.ACCOUNT, username.toUpperCase(Locale.ROOT));
        assertThat(card(view)).contains("Akun " + username + " (Siswa)", "isi konseling", "dapat dihapus sekarang")
                              .doesNotContain("Rina");
        view.requestReference.setValue("Surat permohonan 014/BK/XI/2026");
        view.reason.setValue("Permintaan siswa dan orang tua (UU 27/2022)");
        view.erase.click();
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("erasure-confirm"));
        assertThat(dialog.getElement().getProperty("message")).contains("tidak dapat dibatalkan");
        _fireConfirm(dialog);

        expectNotifications("Data pribadi " + username + " telah dihapus.");
        assertThat(keys.isErased(SubjectRef.account(username))).isTrue();
        assertThat(card(view)).contains("Data pribadi ini sudah dihapus.").doesNotContain("sebelumnya");
        assertThat(view.erase.isEnabled()).isFalse();
        // listed at once, without looking again: the erasure answers once its list shows it
        assertThat(_findAll(view.done)).filteredOn(row -> row.subjectId().equals(username))
                .extracting(ErasureView::subjectLabel, ErasureView::requestReference, ErasureView::erasedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(username + " (SISWA)",
                        "Surat permohonan 014/BK/XI/2026", "admin@giliran.id"));
        assertThat(view.requestReference.isInvalid()).isFalse();
        assertThat(view.reason.isInvalid()).isFalse();
    }

    @Test
    void aPatientsErasureInsideTheRetentionPeriodIsRefusedNamingTheRuleAndTheFirstDayAllowed() {
        PatientView patient = patient();
        String allowedFrom = DAY.format(erasures.today().plusYears(25));
        PersonalDataErasureView view = open();

        lookUp(view, SubjectKind.PATIENT, patient.medicalRecordNumber().toLowerCase(Locale.ROOT));
        assertThat(card(view)).contains("Pasien No. RM " + patient.medicalRecordNumber(), "Belum pernah berkunjung",
                "paling singkat 25 tahun", "PMK 24/2022", "baru dapat dihapus mulai " + allowedFrom)
                              .doesNotContain("Sulastri");
        assertThat(view.erase.isEnabled()).as("the card says until when; nothing to press").isFalse();

        // the command side refuses it too, whoever sends it
        ErasureSubjectView subject = erasures.subject(SubjectKind.PATIENT, patient.patientId()).orElseThrow();
        assertThatThrownBy(() -> erasures.erase(subject, "Surat 3/2026", "Permintaan pasien"))
                .satisfies(failure -> assertThat(ErrorText.codeOf(failure)).contains(ErrorCode.ERASURE_RETENTION));
        assertThat(sent).extracting(ErasePersonalDataCommand::subjectId).containsExactly(patient.patientId());
        assertThat(keys.isErased(SubjectRef.patient(patient.patientId()))).isFalse();
        assertThat(context.getBean(PatientService.class).find(patient.patientId())).map(p -> p.details().name())
                                                                                     .contains("Sulastri Wahyuningsih");
    }

    @Test
    void anUnknownPatientOrAccountIsSaidSoAndNothingCanBeErased(CapturedOutput log) {
        PersonalDataErasureView view = open();

        lookUp(view, SubjectKind.PATIENT, "RM-987654");
        expectNotifications(text(ErrorCode.ERASURE_SUBJECT_UNKNOWN));
        assertThat(view.erase.isEnabled()).isFalse();

        String nobody = "tidak-ada-" + UUID.randomUUID().toString().substring(0, 8) + "@sekolah.id";
        lookUp(view, SubjectKind.ACCOUNT, nobody);
        expectNotifications(text(ErrorCode.ERASURE_SUBJECT_UNKNOWN));
        assertThat(view.erase.isEnabled()).isFalse();
        assertThat(sent).isEmpty();
        assertThat(log.getAll()).as("a username is personal data: never in the log").doesNotContain(nobody);
    }

    @Test
    void anErasureOfAnUnknownSubjectIsRefusedByTheCommandSideToo() {
        ErasureSubjectView nobody = new ErasureSubjectView(SubjectKind.ACCOUNT, "hantu@sekolah.id", null, Set.of(),
                false, null, null, null, null);

        assertThatThrownBy(() -> erasures.erase(nobody, "Surat 1", "Permintaan"))
                .satisfies(failure -> assertThat(ErrorText.codeOf(failure))
                        .contains(ErrorCode.ERASURE_SUBJECT_UNKNOWN));
    }

    @Test
    void nothingIsSentWithoutTheRequestsReferenceAndReason() {
        String username = student();
        PersonalDataErasureView view = open();
        lookUp(view, SubjectKind.ACCOUNT, username);

        view.requestReference.setValue("Surat 5/2026");
        view.reason.setValue("   ");
        view.erase.click();

        expectNotifications(text(ErrorCode.ERASURE_REASON_REQUIRED));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(view.reason.isInvalid()).isTrue();
        ErasureSubjectView subject = erasures.findAccount(username).orElseThrow();
        assertThatThrownBy(() -> erasures.erase(subject, "", "Permintaan siswa"))
                .satisfies(failure -> assertThat(ErrorText.codeOf(failure))
                        .contains(ErrorCode.ERASURE_REASON_REQUIRED));
        assertThat(sent).isEmpty();
        assertThat(keys.isErased(SubjectRef.account(username))).isFalse();
    }

    @Test
    void aSecondErasureOfTheSameSubjectIsRefused() {
        String username = student();
        PersonalDataErasureView view = open();
        lookUp(view, SubjectKind.ACCOUNT, username);
        // another admin erases the same account while this screen still shows it
        erasures.erase(erasures.findAccount(username).orElseThrow(), "Surat 9/2026", "Permintaan siswa");

        view.requestReference.setValue("Surat 9/2026");
        view.reason.setValue("Permintaan siswa");
        view.erase.click();
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("erasure-confirm")));

        expectNotifications(text(ErrorCode.ERASURE_ALREADY_DONE));
        assertThat(card(view)).contains("Data pribadi ini sudah dihapus.");
        assertThat(view.erase.isEnabled()).isFalse();
    }
}
