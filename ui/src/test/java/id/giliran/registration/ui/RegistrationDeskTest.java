package id.giliran.registration.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import id.giliran.api.common.ErrorCode;
import id.giliran.bpjs.sandbox.PcareSandbox;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationStatus;
import id.giliran.api.registration.RegistrationView;
import id.giliran.document.ui.DocumentService;
import id.giliran.patient.ui.PatientService;
import id.giliran.queue.ui.KioskService;
import id.giliran.queue.ui.TicketRequest;
import id.giliran.ui.ErrorText;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The front desk registers the patient of the ticket it serves: new and returning, checklist, hand-off, cancel. */
class RegistrationDeskTest extends KaribuTest {

    /** The application's clock, in giliran.zone: "today" is the Puskesmas' day, whatever the hour. */
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    private PatientService patients;
    private RegistrationService registrations;
    private CounterView counter;

    @BeforeEach
    void serveAtTheFrontDesk() {
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5 && masterData.doctors().size() >= 6);
        callEveryWaitingTicket();
        patients = context.getBean(PatientService.class);
        registrations = context.getBean(RegistrationService.class);
        counter = masterData.counters().get(0);
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
    }

    /** A UGD ticket (its doctor is on duty every day) called and being served at Loket 1. */
    private TicketView servedTicket() {
        TicketView issued = context.getBean(KioskService.class).takeTicket(
                new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "UGD"));
        return calling.startServing(calling.call(issued, counter));
    }

    private RegistrationPanel open(TicketView ticket) {
        RegistrationPanel panel = new RegistrationPanel(ticket, patients, registrations, masterData,
                context.getBean(DocumentService.class), clock.getZone(), LocalDate.now(clock), () -> { });
        UI.getCurrent().removeAll();
        UI.getCurrent().add(panel);
        return panel;
    }

    private static void newPatientTab() {
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("registration-tabs"))
                .setSelectedIndex(1);
    }

    private static String uniqueNik(LocalDate birth, Sex sex) {
        int day = birth.getDayOfMonth() + (sex == Sex.PEREMPUAN ? 40 : 0);
        return String.format("320101%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100,
                ThreadLocalRandom.current().nextInt(1, 10_000));
    }

    private void checkAll() {
        for (MandatoryInformation item : MandatoryInformation.values()) {
            Checkbox box = _get(Checkbox.class, spec -> spec.withId("registration-info-" + item.name().toLowerCase()));
            // as the officer's click: the panel sends only changes that come from the browser
            com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(box, true, true);
        }
    }

    @Test
    void aNewPatientIsRegisteredWithANewRecordAndDirectedToTheClinic() {
        TicketView ticket = servedTicket();
        RegistrationPanel panel = open(ticket);
        newPatientTab();
        LocalDate birth = LocalDate.of(1995, 3, 15);
        _get(TextField.class, spec -> spec.withId("patient-nik")).setValue(uniqueNik(birth, Sex.PEREMPUAN));
        _get(TextField.class, spec -> spec.withId("patient-name")).setValue("Sari Wulandari");
        _get(DatePicker.class, spec -> spec.withId("patient-birth-date")).setValue(birth);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Sex> sex = _get(RadioButtonGroup.class, spec -> spec.withId("patient-sex"));
        sex.setValue(Sex.PEREMPUAN);
        _get(TextField.class, spec -> spec.withId("patient-address")).setValue("Jl. Mastrip No. 10");
        _click(_get(Button.class, spec -> spec.withId("patient-save")));

        RegistrationView started = panel.registration().orElseThrow();
        assertThat(started.patientKind()).isEqualTo(PatientKind.BARU);
        assertThat(_get(Paragraph.class, spec -> spec.withId("registration-record")).getText())
                .isEqualTo("Rekam medis: dibuat baru");
        assertThat(_get(Paragraph.class, spec -> spec.withId("registration-patient")).getText())
                .startsWith("Sari Wulandari · RM-");
        assertThat(panel.complete.isEnabled()).as("not before the mandatory information").isFalse();

        checkAll();
        assertThat(panel.complete.isEnabled()).isTrue();
        _click(panel.complete);

        assertThat(registrations.ofTicket(ticket.ticketId())).map(RegistrationView::status)
                                                            .contains(RegistrationStatus.COMPLETED);
        await().pollInSameThread().untilAsserted(() -> assertThat(calling.current(counter))
                .map(TicketView::status).contains(TicketStatus.DIRECTED_TO_CLINIC));
    }

    @Test
    void aReturningPatientIsFoundByNameAndTheRecordIsRetrieved() {
        LocalDate birth = LocalDate.of(1960, 8, 17);
        PatientView known = patients.register(new id.giliran.api.patient.PatientDetails(uniqueNik(birth, Sex.LAKI_LAKI),
                "Bambang Sutrisno", "Jember", birth, Sex.LAKI_LAKI, "Jl. Kalimantan 5", "001/002", "Sumbersari",
                "Sumbersari", "Jember", null, id.giliran.api.patient.BloodType.O,
                id.giliran.api.patient.MaritalStatus.KAWIN, "Petani", null, null), null);
        TicketView ticket = servedTicket();
        RegistrationPanel panel = open(ticket);

        panel.search.setValue("bambang sutris");
        panel.find();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(panel.found, 0).patientId())
                .isEqualTo(known.patientId());
        panel.chooseReturning(com.github.mvysny.kaributesting.v10.GridKt._get(panel.found, 0));

        RegistrationView started = panel.registration().orElseThrow();
        assertThat(started.patientKind()).isEqualTo(PatientKind.LAMA);
        assertThat(started.payment()).as("no BPJS number: pays as umum").isEqualTo(PaymentType.UMUM);
        assertThat(_get(Paragraph.class, spec -> spec.withId("registration-record")).getText())
                .isEqualTo("Rekam medis: diambil dari arsip");
        assertThat(panel.doctor.getValue()).isNotNull();

        // he moved: the officer changes the address, with the reason
        panel.editPatient();
        _get(TextField.class, spec -> spec.withId("patient-address")).setValue("Jl. Sumatra 12");
        _click(_get(Button.class, spec -> spec.withId("patient-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("patient-change-reason")).isInvalid())
                .as("a change needs its reason").isTrue();
        _get(TextField.class, spec -> spec.withId("patient-change-reason")).setValue("Pindah rumah");
        _click(_get(Button.class, spec -> spec.withId("patient-save")));
        PatientView moved = patients.find(known.patientId()).orElseThrow();
        assertThat(moved.details().address()).isEqualTo("Jl. Sumatra 12");
        assertThat(moved.revision()).isEqualTo(2);
    }

    @Test
    void completingBeforeTheChecklistIsRefusedAndACancelledTicketCanBeRegisteredAgain() {
        LocalDate birth = LocalDate.of(2001, 1, 2);
        PatientView known = patients.register(new id.giliran.api.patient.PatientDetails(uniqueNik(birth, Sex.LAKI_LAKI),
                "Eko Prasetyo", "Jember", birth, Sex.LAKI_LAKI, "Jl. Jawa 1", null, null, null, null, null,
                id.giliran.api.patient.BloodType.UNKNOWN, null, null, null, null), null);
        TicketView ticket = servedTicket();
        RegistrationView started = registrations.start(ticket.ticketId(), known.patientId(), PatientKind.LAMA,
                PaymentType.UMUM, "UGD", "dr-jaga-ugd", "");

        assertThatThrownBy(() -> registrations.complete(started)).satisfies(failure ->
                assertThat(ErrorText.codeOf(failure)).contains(ErrorCode.MANDATORY_INFORMATION_MISSING));
        assertThatThrownBy(() -> registrations.start(ticket.ticketId(), known.patientId(), PatientKind.LAMA,
                PaymentType.UMUM, "UGD", null, "")).satisfies(failure ->
                assertThat(ErrorText.codeOf(failure)).contains(ErrorCode.TICKET_ALREADY_REGISTERED));

        RegistrationPanel panel = open(ticket);
        panel.cancelWith("Salah pilih pasien");
        assertThat(_get(Paragraph.class, spec -> spec.withId("registration-status")).getText())
                .startsWith("Pendaftaran dibatalkan: Salah pilih pasien.");
        assertThat(registrations.ofTicket(ticket.ticketId())).isEmpty();
        assertThat(registrations.start(ticket.ticketId(), known.patientId(), PatientKind.LAMA, PaymentType.UMUM,
                "UGD", null, "").status()).isEqualTo(RegistrationStatus.IN_PROGRESS);
        assertThat(registrations.visits(known.patientId())).extracting(RegistrationView::status)
                .containsExactlyInAnyOrder(RegistrationStatus.IN_PROGRESS, RegistrationStatus.CANCELLED);
    }

    @Test
    void aNikThatDisagreesWithTheBirthDateNeedsAReason() {
        open(servedTicket());
        newPatientTab();
        _get(TextField.class, spec -> spec.withId("patient-nik")).setValue("3201011503950001");
        _get(DatePicker.class, spec -> spec.withId("patient-birth-date")).setValue(LocalDate.of(1995, 3, 16));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Sex> sex = _get(RadioButtonGroup.class, spec -> spec.withId("patient-sex"));
        sex.setValue(Sex.LAKI_LAKI);

        assertThat(_get(Paragraph.class, spec -> spec.withId("patient-nik-warning")).getText())
                .startsWith("Perhatian: tanggal lahir di NIK berbeda");
        _get(TextField.class, spec -> spec.withId("patient-name")).setValue("Joko");
        _click(_get(Button.class, spec -> spec.withId("patient-save")));
        TextField reason = _get(TextField.class, spec -> spec.withId("patient-nik-override"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("registration-patient"))).isEmpty();
    }

    /** A returning patient with a BPJS card number, being registered for a ticket paid by BPJS. */
    private RegistrationPanel registeringBpjsPatient(String name, String cardNumber) {
        LocalDate birth = LocalDate.of(1978, 3, 20);
        PatientView known = patients.register(new id.giliran.api.patient.PatientDetails(uniqueNik(birth, Sex.LAKI_LAKI),
                name, "Jember", birth, Sex.LAKI_LAKI, "Jl. Sumatra 3", null, null, null, null, null,
                id.giliran.api.patient.BloodType.UNKNOWN, null, null, null, cardNumber), null);
        TicketView ticket = servedTicket();
        registrations.start(ticket.ticketId(), known.patientId(), PatientKind.LAMA, PaymentType.BPJS, "UGD",
                "dr-jaga-ugd", "");
        return open(ticket);
    }

    /** A returning BPJS patient registered at {@code clinicCode} (no doctor named yet). */
    private RegistrationPanel registeringBpjsPatientAt(String clinicCode, String name, String cardNumber) {
        LocalDate birth = LocalDate.of(1985, 7, 15);
        PatientView known = patients.register(new id.giliran.api.patient.PatientDetails(uniqueNik(birth, Sex.LAKI_LAKI),
                name, "Jember", birth, Sex.LAKI_LAKI, "Jl. Sumatra 3", null, null, null, null, null,
                id.giliran.api.patient.BloodType.UNKNOWN, null, null, null, cardNumber), null);
        TicketView ticket = servedTicket();
        registrations.start(ticket.ticketId(), known.patientId(), PatientKind.LAMA, PaymentType.BPJS, clinicCode,
                null, "");
        return open(ticket);
    }

    private static String bridgeStatus() {
        return _get(Paragraph.class, spec -> spec.withId("registration-bpjs-bridge-status")).getText();
    }

    @Test
    void anActiveBpjsPatientsVisitIsRegisteredWithPcareAndTheStatusIsRefreshedOnRequest() {
        RegistrationPanel panel = registeringBpjsPatientAt("UMUM", "Budi Santoso", PcareSandbox.SECOND_ACTIVE_CARD);
        Button bridge = _get(Button.class, spec -> spec.withId("registration-bpjs-bridge"));
        assertThat(bridge.getText()).isEqualTo("Daftarkan ke BPJS");
        assertThat(bridge.isEnabled()).as("not before an active participant is checked").isFalse();
        assertThat(bridgeStatus()).isEqualTo("Kunjungan belum didaftarkan ke BPJS (PCare).");

        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-check")));
        assertThat(bridge.isEnabled()).isTrue();
        _click(bridge);

        RegistrationView requested = panel.registration().orElseThrow();
        assertThat(requested.bpjsBridging().poliCode()).as("the seeded Poli Umum's PCare code").isEqualTo("001");
        assertThat(requested.bpjsBridging().cardNumber()).isEqualTo(PcareSandbox.SECOND_ACTIVE_CARD);
        assertThat(bridge.isEnabled()).as("asked for once").isFalse();
        assertThat(bridgeStatus()).containsAnyOf("Menunggu dikirim", "Sedang dikirim", "Terdaftar di BPJS");

        Button refresh = _get(Button.class, spec -> spec.withId("registration-bpjs-bridge-refresh"));
        assertThat(refresh.getText()).isEqualTo("Perbarui");
        await().pollInSameThread().atMost(java.time.Duration.ofSeconds(40)).until(() -> {
            _click(refresh);
            return bridgeStatus().startsWith("✅ Terdaftar di BPJS (PCare), no. urut ");
        });
        assertThat(bridgeStatus()).endsWith(panel.registration().orElseThrow().bpjsBridging().queueNumber() + ".");
    }

    @Test
    void aClinicWithoutAPcarePoliCodeCannotBeRegisteredWithPcare() {
        RegistrationPanel panel = registeringBpjsPatientAt("UGD", "Joko Widodo", PcareSandbox.ACTIVE_CARD);
        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-check")));

        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-bridge")));

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Kunjungan hanya dapat didaftarkan ke BPJS untuk pasien BPJS yang kepesertaannya sudah dicek dan aktif,"
                        + " pada poli yang memiliki kode poli BPJS.");
        assertThat(panel.registration().orElseThrow().bpjsBridging()).isNull();
        assertThat(bridgeStatus()).isEqualTo("Kunjungan belum didaftarkan ke BPJS (PCare).");
    }

    private static String bpjsResult() {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("registration-bpjs-result"))
                .getElement().getTextRecursively();
    }

    private static ConfirmDialog switchDialog() {
        return _get(ConfirmDialog.class, spec -> spec.withId("registration-bpjs-switch-dialog"));
    }

    @Test
    void anActiveBpjsParticipantIsShownAndTheCheckIsRecorded() {
        RegistrationPanel panel = registeringBpjsPatient("Siti Aminah", PcareSandbox.ACTIVE_CARD);
        assertThat(_get(TextField.class, spec -> spec.withId("registration-bpjs-number")).getValue())
                .as("prefilled from the patient").isEqualTo(PcareSandbox.ACTIVE_CARD);

        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-check")));

        assertThat(bpjsResult()).contains("✅ PESERTA AKTIF", "Nama: SITI AMINAH", "Kelas: ", "Jenis: ", "FKTP: ",
                "Berlaku s.d.: ", "Dicek oleh loket@giliran.id");
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("registration-bpjs-switch-dialog"))).isEmpty();
        RegistrationView recorded = panel.registration().orElseThrow();
        assertThat(recorded.bpjsCheck().cardNumber()).isEqualTo(PcareSandbox.ACTIVE_CARD);
        assertThat(recorded.bpjsCheck().active()).isTrue();
        assertThat(recorded.bpjsCheck().checkedBy()).isEqualTo("loket@giliran.id");
        assertThat(registrations.ofTicket(recorded.ticketId()).orElseThrow().bpjsCheck())
                .isEqualTo(recorded.bpjsCheck());
        assertThat(recorded.payment()).isEqualTo(PaymentType.BPJS);
    }

    @Test
    void anInactiveParticipantIsWarnedAndThePaymentBecomesUmumOnlyWhenTheOfficerConfirms() {
        RegistrationPanel panel = registeringBpjsPatient("Agus Setiawan", PcareSandbox.INACTIVE_CARD);

        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-check")));

        assertThat(bpjsResult()).contains("⚠️ PESERTA TIDAK AKTIF", "Nama: AGUS SETIAWAN", "tidak aktif");
        assertThat(panel.registration().orElseThrow().bpjsCheck().active()).isFalse();
        assertThat(panel.registration().orElseThrow().payment()).as("not before the officer confirms")
                                                              .isEqualTo(PaymentType.BPJS);
        ConfirmDialog dialog = switchDialog();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Ubah cara bayar menjadi Umum?");

        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));

        RegistrationView switched = panel.registration().orElseThrow();
        assertThat(switched.payment()).isEqualTo(PaymentType.UMUM);
        assertThat(panel.payment.getValue()).isEqualTo(PaymentType.UMUM);
        assertThat(registrations.ofTicket(switched.ticketId()).orElseThrow().payment()).isEqualTo(PaymentType.UMUM);
        assertThat(bpjsResult()).as("the check stays shown").contains("PESERTA TIDAK AKTIF");
    }

    @Test
    void anInactiveParticipantKeepsBpjsWhenTheOfficerDoesNotConfirm() {
        RegistrationPanel panel = registeringBpjsPatient("Agus Setiawan", PcareSandbox.INACTIVE_CARD);
        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-check")));

        ConfirmDialog dialog = switchDialog();
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.CancelEvent(dialog, true));
        dialog.close();

        RegistrationView kept = panel.registration().orElseThrow();
        assertThat(kept.payment()).isEqualTo(PaymentType.BPJS);
        assertThat(kept.bpjsCheck().active()).isFalse();
        assertThat(registrations.ofTicket(kept.ticketId()).orElseThrow().payment()).isEqualTo(PaymentType.BPJS);
    }

    @Test
    void anUnknownNumberOrBadInputIsExplainedAndNothingIsRecorded() {
        RegistrationPanel panel = registeringBpjsPatient("Rudi Hartono", PcareSandbox.UNKNOWN_CARD);

        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-check")));
        assertThat(bpjsResult()).startsWith("Peserta dengan nomor ini tidak ditemukan di BPJS");

        _get(TextField.class, spec -> spec.withId("registration-bpjs-number")).setValue("12345");
        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-check")));
        assertThat(bpjsResult()).contains("13 angka").contains("16 angka");

        assertThat(panel.registration().orElseThrow().bpjsCheck()).isNull();
        assertThat(registrations.ofTicket(panel.registration().orElseThrow().ticketId()).orElseThrow().bpjsCheck())
                .isNull();
        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("registration-bpjs-switch-dialog"))).isEmpty();
    }

    @Test
    void aParticipantIsFoundByNikToo() {
        RegistrationPanel panel = registeringBpjsPatient("Budi Santoso", null);
        assertThat(panel.bpjsNumber.getValue()).isEmpty();

        _get(TextField.class, spec -> spec.withId("registration-bpjs-number")).setValue(PcareSandbox.SECOND_ACTIVE_NIK);
        _click(_get(Button.class, spec -> spec.withId("registration-bpjs-check")));

        assertThat(bpjsResult()).contains("PESERTA AKTIF", "BUDI SANTOSO", PcareSandbox.SECOND_ACTIVE_CARD);
        assertThat(panel.registration().orElseThrow().bpjsCheck().cardNumber())
                .isEqualTo(PcareSandbox.SECOND_ACTIVE_CARD);
    }
}
