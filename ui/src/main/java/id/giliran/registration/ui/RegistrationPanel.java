package id.giliran.registration.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.giliran.api.bpjs.BpjsCheckView;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.DoctorView;
import id.giliran.api.patient.PatientSummary;
import id.giliran.api.patient.PatientView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketView;
import id.giliran.api.registration.BpjsBridging;
import id.giliran.api.registration.BpjsBridgingStatus;
import id.giliran.api.registration.BpjsCheck;
import id.giliran.api.registration.MandatoryInformation;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationStatus;
import id.giliran.api.registration.RegistrationView;
import id.giliran.document.ui.DocumentService;
import id.giliran.document.ui.DocumentsPanel;
import id.giliran.masterdata.ui.MasterDataService;
import id.giliran.patient.ui.PatientForm;
import id.giliran.patient.ui.PatientService;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registration of the patient of the ticket being served (wireframe 8.3): find the returning
 * patient or enter a new one, then payment, clinic and the doctor on duty today, the scans, the four
 * pieces of mandatory information, and "Antar RM ke poli" which sends the patient on.
 */
public class RegistrationPanel extends Composite<VerticalLayout> {

    private final TicketView ticket;
    private final PatientService patients;
    private final RegistrationService registrations;
    private final MasterDataService masterData;
    private final DocumentService documents;
    private final ZoneId zone;
    private final LocalDate today;
    private final Runnable onDone;

    final TextField search = new TextField();
    final Grid<PatientSummary> found = new Grid<>();
    final PatientForm newPatient;
    final Div registrationArea = new Div();
    /** Finding or entering the patient; folded away once the registration has its patient. */
    final TabSheet who = new TabSheet();
    final RadioButtonGroup<PaymentType> payment = new RadioButtonGroup<>();
    final ComboBox<ClinicView> clinic = new ComboBox<>();
    final ComboBox<DoctorView> doctor = new ComboBox<>();
    final Map<MandatoryInformation, Checkbox> checklist = new EnumMap<>(MandatoryInformation.class);
    final Button complete = new Button();
    final Button cancel = new Button();
    /** "Verifikasi BPJS": the card number (or NIK) to check, the check, and what BPJS answered. */
    final TextField bpjsNumber = new TextField();
    final Button bpjsCheck = new Button();
    final Div bpjsResult = new Div();
    final Button bpjsBridge = new Button();
    final Button bpjsBridgeRefresh = new Button();
    final Paragraph bpjsBridgeStatus = new Paragraph();
    /** The participant's FKTP code from the last check in this panel, for "Daftarkan ke BPJS". */
    private String checkedProviderCode;
    /** Why the last check gave no participant (not found, bad input, BPJS down); nothing of it is recorded. */
    private String bpjsFailure;
    private String bpjsPrefilledFor;
    private RegistrationView registration;
    private PatientView patient;

    public RegistrationPanel(TicketView ticket, PatientService patients, RegistrationService registrations,
                             MasterDataService masterData, DocumentService documents, ZoneId zone, LocalDate today,
                             Runnable onDone) {
        this.ticket = ticket;
        this.patients = patients;
        this.registrations = registrations;
        this.masterData = masterData;
        this.documents = documents;
        this.zone = zone;
        this.today = today;
        this.onDone = onDone;
        getContent().setPadding(false);
        getContent().addClassName("giliran-registration");
        getContent().setId("registration-panel");

        search.setId("registration-search");
        search.setPlaceholder(getTranslation("registration.search.hint"));
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setAutofocus(true);
        search.addKeyPressListener(Key.ENTER, enter -> find());
        Button findButton = new Button(getTranslation("registration.search"), click -> find());
        findButton.setId("registration-find");
        found.setId("registration-found");
        found.addColumn(PatientSummary::medicalRecordNumber).setHeader(getTranslation("patient.rm")).setAutoWidth(true);
        found.addColumn(PatientSummary::name).setHeader(getTranslation("patient.name")).setFlexGrow(2);
        found.addColumn(summary -> summary.birthDate() == null ? "" : Formats.date(summary.birthDate()))
             .setHeader(getTranslation("patient.birth-date"));
        found.addColumn(PatientSummary::nik).setHeader(getTranslation("patient.nik"));
        found.addColumn(PatientSummary::address).setHeader(getTranslation("patient.address")).setFlexGrow(2);
        found.addComponentColumn(summary -> {
            Button choose = new Button(getTranslation("registration.choose"), click -> chooseReturning(summary));
            choose.setId("registration-choose-" + summary.medicalRecordNumber());
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            return choose;
        }).setAutoWidth(true);
        found.setAllRowsVisible(true);
        found.setVisible(false);
        HorizontalLayout searchRow = new HorizontalLayout(search, findButton);
        searchRow.setWidthFull();
        searchRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        newPatient = new PatientForm(patients, this::registerNew);

        who.setId("registration-tabs");
        who.setWidthFull();
        who.add(getTranslation("registration.returning"), new VerticalLayout(searchRow, found));
        who.add(getTranslation("registration.new"), newPatient);

        bpjsNumber.setId("registration-bpjs-number");
        bpjsNumber.setLabel(getTranslation("bpjs.number"));
        bpjsNumber.setHelperText(getTranslation("bpjs.number.helper"));
        bpjsNumber.setClearButtonVisible(true);
        bpjsNumber.addKeyPressListener(Key.ENTER, enter -> checkBpjs());
        bpjsCheck.setId("registration-bpjs-check");
        bpjsCheck.setText(getTranslation("bpjs.check"));
        bpjsCheck.addClickListener(click -> checkBpjs());
        bpjsResult.setId("registration-bpjs-result");
        bpjsBridge.setId("registration-bpjs-bridge");
        bpjsBridge.setText(getTranslation("bpjs.visit.bridge"));
        bpjsBridge.addClickListener(click -> requestBpjsVisit());
        bpjsBridgeRefresh.setId("registration-bpjs-bridge-refresh");
        bpjsBridgeRefresh.setText(getTranslation("bpjs.visit.refresh"));
        bpjsBridgeRefresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bpjsBridgeRefresh.addClickListener(click -> refreshBpjsVisit());
        bpjsBridgeStatus.setId("registration-bpjs-bridge-status");
        bpjsResult.addClassName("giliran-bpjs-result");

        registrationArea.setWidthFull();
        getContent().add(new H3(getTranslation("registration.title", ticket.number())), who, registrationArea);

        registrations.ofTicket(ticket.ticketId()).ifPresent(live -> {
            patient = patients.find(live.patientId()).orElse(null);
            showRegistration(live);
        });
    }

    void find() {
        String text = search.getValue().strip();
        if (text.isEmpty()) {
            found.setVisible(false);
            return;
        }
        List<PatientSummary> results = patients.search(text);
        found.setItems(results);
        found.setVisible(true);
        if (results.isEmpty()) {
            Notification.show(getTranslation("registration.none-found"), 4000, Notification.Position.MIDDLE);
        }
    }

    void chooseReturning(PatientSummary summary) {
        patients.find(summary.patientId()).ifPresent(chosen -> start(chosen, PatientKind.LAMA));
    }

    private void registerNew(PatientView registered) {
        start(registered, PatientKind.BARU);
    }

    private void start(PatientView chosen, PatientKind kind) {
        if (registration != null) {
            return;
        }
        try {
            List<DoctorView> onDuty = masterData.doctorsOnDuty(ticket.clinicCode(), today);
            PaymentType pays = chosen.details().bpjsNumber() == null ? PaymentType.UMUM : ticket.payment();
            RegistrationView started = registrations.start(ticket.ticketId(), chosen.patientId(), kind, pays,
                    ticket.clinicCode(), onDuty.isEmpty() ? null : onDuty.get(0).doctorId(), "");
            patient = chosen;
            showRegistration(started);
        } catch (RuntimeException failure) {
            ErrorText.show(getContent(), failure);
        }
    }

    private void showRegistration(RegistrationView shown) {
        registration = shown;
        who.setVisible(false);
        registrationArea.removeAll();
        Paragraph who = new Paragraph(getTranslation("registration.patient", patient == null ? shown.patientId()
                : patient.details().name(), patient == null ? "" : patient.medicalRecordNumber(),
                getTranslation("registration.kind." + shown.patientKind().name()), shown.registrationNumber()));
        who.setId("registration-patient");
        who.addClassName("giliran-loket-current");
        Paragraph record = new Paragraph(getTranslation("registration.record." + shown.medicalRecord().name()));
        record.setId("registration-record");

        payment.setId("registration-payment");
        payment.setLabel(getTranslation("registration.payment"));
        payment.setItems(PaymentType.values());
        payment.setItemLabelGenerator(choice -> getTranslation("payment." + choice.name()));
        payment.setValue(shown.payment());
        clinic.setId("registration-clinic");
        clinic.setLabel(getTranslation("registration.clinic"));
        clinic.setItems(masterData.clinics().stream().filter(ClinicView::active).toList());
        clinic.setItemLabelGenerator(ClinicView::name);
        clinic.setValue(masterData.clinics().stream().filter(c -> c.clinicCode().equals(shown.clinicCode()))
                                  .findFirst().orElse(null));
        doctor.setId("registration-doctor");
        doctor.setLabel(getTranslation("registration.doctor"));
        doctor.setItemLabelGenerator(DoctorView::name);
        refreshDoctors(shown.doctorId());
        boolean open = shown.status() == RegistrationStatus.IN_PROGRESS;
        payment.setReadOnly(!open);
        clinic.setReadOnly(!open);
        doctor.setReadOnly(!open);

        VerticalLayout checks = new VerticalLayout();
        checks.setPadding(false);
        checks.setSpacing(false);
        checks.setId("registration-checklist");
        for (MandatoryInformation item : MandatoryInformation.values()) {
            Checkbox box = new Checkbox(getTranslation("registration.info." + item.name()));
            box.setId("registration-info-" + item.name().toLowerCase());
            box.setValue(shown.informed().contains(item));
            // given is given: the record says who informed and when, it is never taken back
            box.setReadOnly(shown.informed().contains(item) || !open);
            box.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue()) {
                    act(() -> registrations.inform(registration, item));
                }
            });
            checklist.put(item, box);
            checks.add(box);
        }

        complete.setId("registration-complete");
        complete.setText(getTranslation("registration.complete"));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        complete.setEnabled(open && shown.informed().size() == MandatoryInformation.values().length
                && shown.doctorId() != null);
        complete.setDisableOnClick(true);
        cancel.setId("registration-cancel");
        cancel.setText(getTranslation("registration.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setEnabled(open);

        registrationArea.add(who, record);
        if (patient != null) {
            Anchor card = new Anchor("kartu-kunjungan/" + patient.patientId(), getTranslation("registration.card"));
            card.setTarget("_blank");
            card.setId("registration-card");
            Button edit = new Button(getTranslation("registration.edit-patient"), click -> editPatient());
            edit.setId("registration-edit-patient");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            registrationArea.add(new HorizontalLayout(card, edit));
            List<RegistrationView> visits = registrations.visits(patient.patientId()).stream()
                    .filter(visit -> !visit.registrationId().equals(shown.registrationId())).toList();
            registrationArea.add(new Paragraph(visits.isEmpty() ? getTranslation("registration.visits.none")
                    : getTranslation("registration.visits", visits.size(), Formats.date(visits.get(0).serviceDate()),
                    visits.get(0).clinicName())));
        }
        registrationArea.add(new HorizontalLayout(payment, clinic, doctor));
        if (!shown.registrationId().equals(bpjsPrefilledFor)) {
            bpjsPrefilledFor = shown.registrationId();
            bpjsFailure = null;
            String known = shown.bpjsCheck() != null ? shown.bpjsCheck().cardNumber()
                    : patient == null ? null : patient.details().bpjsNumber();
            bpjsNumber.setValue(known == null ? "" : known);
        }
        bpjsNumber.setReadOnly(!open);
        bpjsCheck.setEnabled(open);
        HorizontalLayout bpjsRow = new HorizontalLayout(bpjsNumber, bpjsCheck);
        bpjsRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        registrationArea.add(new H4(getTranslation("bpjs.title")), bpjsRow, bpjsResult);
        showBpjsResult();
        showBpjsVisit();
        HorizontalLayout bridgeRow = new HorizontalLayout(bpjsBridge, bpjsBridgeRefresh);
        bridgeRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        registrationArea.add(bridgeRow, bpjsBridgeStatus);
        if (patient != null) {
            registrationArea.add(new H4(getTranslation("registration.documents")),
                    new DocumentsPanel(documents, zone, patient.patientId()));
        }
        registrationArea.add(new H4(getTranslation("registration.checklist")), checks);
        if (open) {
            registrationArea.add(new HorizontalLayout(complete, cancel));
        } else {
            Paragraph status = new Paragraph(getTranslation("registration.status." + shown.status().name()));
            status.setId("registration-status");
            status.addClassName("giliran-near");
            registrationArea.add(status);
        }
    }

    /** The patient's data changed at the desk (address, phone, BPJS number …): recorded with who and why. */
    void editPatient() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(
                getTranslation("registration.edit-patient"));
        dialog.setId("registration-edit-dialog");
        dialog.setWidth("48rem");
        dialog.add(new PatientForm(patients, patient, updated -> {
            patient = updated;
            dialog.close();
            Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showRegistration(registration);
        }));
        dialog.open();
    }

    /**
     * "Cek BPJS": a participant found is recorded on the registration; an inactive one while paying by BPJS
     * asks whether to switch to umum. Not found, bad input or BPJS down: the explanation, nothing recorded.
     */
    void checkBpjs() {
        if (registration == null || registration.status() != RegistrationStatus.IN_PROGRESS) {
            return;
        }
        BpjsCheckView answer;
        try {
            answer = registrations.checkBpjs(bpjsNumber.getValue(), registration.registrationId(),
                    registration.patientId());
        } catch (RuntimeException failure) {
            ErrorText.show(getContent(), failure);
            return;
        }
        if (!answer.isFound()) {
            bpjsFailure = answer.explanation();
            showBpjsResult();
            return;
        }
        bpjsFailure = null;
        checkedProviderCode = answer.participant().providerCode();
        try {
            showRegistration(registrations.recordBpjsCheck(registration, answer.participant()));
        } catch (RuntimeException failure) {
            ErrorText.show(getContent(), failure);
            registrations.ofTicket(ticket.ticketId()).ifPresent(this::showRegistration);
            return;
        }
        if (!answer.participant().active() && registration.payment() == PaymentType.BPJS) {
            confirmSwitchToGeneral();
        }
    }

    /** "Daftarkan ke BPJS": the visit goes to PCare in the background; the status line tells how it went. */
    void requestBpjsVisit() {
        if (registration == null) {
            return;
        }
        try {
            showRegistration(registrations.requestBpjsVisit(registration, checkedProviderCode));
        } catch (RuntimeException failure) {
            ErrorText.show(getContent(), failure);
        }
    }

    /** "Perbarui": reads the PCare status again. */
    void refreshBpjsVisit() {
        if (registration != null) {
            registrations.find(registration.registrationId()).ifPresent(this::showRegistration);
        }
    }

    private void showBpjsVisit() {
        BpjsBridging bridging = registration.bpjsBridging();
        BpjsCheck check = registration.bpjsCheck();
        bpjsBridge.setEnabled(registration.status() != RegistrationStatus.CANCELLED
                && registration.payment() == PaymentType.BPJS && check != null && check.active()
                && (bridging == null || bridging.status() == BpjsBridgingStatus.FAILED));
        bpjsBridgeRefresh.setVisible(bridging != null);
        bpjsBridgeStatus.removeClassNames("giliran-bpjs-active", "giliran-bpjs-failed");
        if (bridging == null) {
            bpjsBridgeStatus.setText(getTranslation("bpjs.visit.none"));
            return;
        }
        String reason = bridging.reason() == null ? "-" : bridging.reason();
        String text = switch (bridging.status()) {
            case PENDING -> bridging.reason() == null ? getTranslation("bpjs.visit.PENDING")
                    : getTranslation("bpjs.visit.PENDING.retry", Formats.time(bridging.nextAttemptAt(), zone), reason);
            case SENDING -> getTranslation("bpjs.visit.SENDING");
            case BRIDGED -> getTranslation("bpjs.visit.BRIDGED", bridging.queueNumber());
            case FAILED -> getTranslation("bpjs.visit.FAILED", reason);
            case DELETE_PENDING, DELETING -> getTranslation("bpjs.visit.DELETING");
            case DELETED -> getTranslation("bpjs.visit.DELETED");
            case DELETE_FAILED -> getTranslation("bpjs.visit.DELETE_FAILED", reason);
        };
        bpjsBridgeStatus.setText(text);
        if (bridging.status() == BpjsBridgingStatus.BRIDGED) {
            bpjsBridgeStatus.addClassName("giliran-bpjs-active");
        } else if (bridging.status() == BpjsBridgingStatus.FAILED
                || bridging.status() == BpjsBridgingStatus.DELETE_FAILED) {
            bpjsBridgeStatus.addClassName("giliran-bpjs-failed");
        }
    }

    private void showBpjsResult() {
        bpjsResult.removeAll();
        bpjsResult.removeClassNames("giliran-bpjs-active", "giliran-bpjs-inactive", "giliran-bpjs-failed");
        BpjsCheck check = registration == null ? null : registration.bpjsCheck();
        if (bpjsFailure != null) {
            bpjsResult.addClassName("giliran-bpjs-failed");
            bpjsResult.add(new Paragraph(bpjsFailure));
        } else if (check != null) {
            bpjsResult.addClassName(check.active() ? "giliran-bpjs-active" : "giliran-bpjs-inactive");
            H4 status = new H4(getTranslation(check.active() ? "bpjs.active" : "bpjs.inactive"));
            status.setId("registration-bpjs-status");
            bpjsResult.add(status,
                    line("bpjs.name", check.participantName()),
                    line("bpjs.card", check.cardNumber()),
                    line("bpjs.class", check.participantClass()),
                    line("bpjs.type", check.participantType()),
                    line("bpjs.provider", check.providerName()),
                    line("bpjs.valid-until", check.validUntil() == null ? null : Formats.date(check.validUntil())));
            if (!check.active()) {
                Paragraph warning = new Paragraph(getTranslation("bpjs.inactive.warning"));
                warning.setId("registration-bpjs-warning");
                warning.addClassName("giliran-near");
                bpjsResult.add(warning);
            }
            bpjsResult.add(new Paragraph(getTranslation("bpjs.checked", check.checkedBy(),
                    Formats.time(check.checkedAt(), zone))));
        }
    }

    private Paragraph line(String key, String value) {
        return new Paragraph(getTranslation(key) + ": " + (value == null || value.isBlank() ? "-" : value));
    }

    private void confirmSwitchToGeneral() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("registration-bpjs-switch-dialog");
        dialog.setHeader(getTranslation("bpjs.switch.title"));
        dialog.setText(getTranslation("bpjs.switch.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("bpjs.switch.keep"));
        dialog.setConfirmText(getTranslation("bpjs.switch.confirm"));
        dialog.addConfirmListener(confirm -> switchToGeneral());
        dialog.open();
    }

    /** Only on the officer's confirmation: the payment becomes umum, through the usual change. */
    void switchToGeneral() {
        if (registration == null || registration.payment() == PaymentType.UMUM) {
            return;
        }
        act(() -> registrations.change(registration, PaymentType.UMUM, registration.clinicCode(),
                registration.doctorId(), registration.notes()));
    }

    private void refreshDoctors(String chosenId) {
        ClinicView chosenClinic = clinic.getValue();
        List<DoctorView> onDuty = chosenClinic == null ? List.of()
                : masterData.doctorsOnDuty(chosenClinic.clinicCode(), today);
        doctor.setItems(onDuty);
        doctor.setValue(onDuty.stream().filter(d -> d.doctorId().equals(chosenId)).findFirst().orElse(null));
        doctor.setHelperText(onDuty.isEmpty() ? getTranslation("registration.doctor.none") : null);
    }

    private boolean listening;

    /** Wires the change listeners once: a change of payment, clinic or doctor is sent at once. */
    private void listen() {
        if (listening) {
            return;
        }
        listening = true;
        payment.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                sendChange();
            }
        });
        clinic.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                refreshDoctors(null);
                sendChange();
            }
        });
        doctor.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                sendChange();
            }
        });
        complete.addClickListener(click -> act(() -> {
            RegistrationView done = registrations.complete(registration);
            Notification.show(getTranslation("registration.completed", ticket.number(), done.clinicName()), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onDone.run();
            return done;
        }));
        cancel.addClickListener(click -> confirmCancel());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        listen();
    }

    private void sendChange() {
        if (clinic.getValue() == null || payment.getValue() == null) {
            return;
        }
        act(() -> registrations.change(registration, payment.getValue(), clinic.getValue().clinicCode(),
                doctor.getValue() == null ? null : doctor.getValue().doctorId(), registration.notes()));
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("registration-cancel-dialog");
        dialog.setHeader(getTranslation("registration.cancel.title"));
        TextArea reason = new TextArea(getTranslation("registration.cancel.reason"));
        reason.setId("registration-cancel-reason");
        reason.setMaxLength(TextLimit.REASON.max());
        reason.setWidthFull();
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("mine.cancel.keep"));
        dialog.setConfirmText(getTranslation("registration.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> cancelWith(reason.getValue()));
        dialog.open();
    }

    void cancelWith(String reason) {
        try {
            registrations.cancel(registration, reason);
            registration = null;
            patient = null;
            who.setVisible(true);
            registrationArea.removeAll();
            Paragraph cancelled = new Paragraph(getTranslation("registration.cancelled", reason.strip()));
            cancelled.setId("registration-status");
            registrationArea.add(cancelled);
        } catch (RuntimeException failure) {
            ErrorText.show(getContent(), failure);
        }
    }

    private void act(java.util.function.Supplier<RegistrationView> change) {
        try {
            showRegistration(change.get());
        } catch (RuntimeException failure) {
            ErrorText.show(getContent(), failure);
            registrations.ofTicket(ticket.ticketId()).ifPresent(this::showRegistration);
        }
    }

    Optional<RegistrationView> registration() {
        return Optional.ofNullable(registration);
    }
}
