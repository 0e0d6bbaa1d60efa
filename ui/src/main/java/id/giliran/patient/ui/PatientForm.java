package id.giliran.patient.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Usernames;
import id.giliran.api.patient.BloodType;
import id.giliran.api.patient.MaritalStatus;
import id.giliran.api.patient.NikCheck;
import id.giliran.api.patient.Niks;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientView;
import id.giliran.api.patient.Sex;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A new patient at the front desk (wireframe 8.3, "Data pasien"). The NIK is checked against the
 * birth date and sex as the officer types: a disagreement is a warning that needs a reason to
 * override (real NIKs have exceptions); malformed numbers are refused on their field.
 */
public class PatientForm extends Composite<FormLayout> {

    private final PatientService patients;
    private final Consumer<PatientView> registered;
    /** The patient whose data is changed; null for a new patient. */
    private final PatientView existing;
    final TextField changeReason = new TextField();

    final TextField nik = new TextField();
    final TextField name = new TextField();
    final TextField birthPlace = new TextField();
    final DatePicker birthDate = new DatePicker();
    final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    final TextField address = new TextField();
    final TextField rtRw = new TextField();
    final TextField kelurahan = new TextField();
    final TextField kecamatan = new TextField();
    final TextField kabupaten = new TextField();
    final TextField phone = new TextField();
    final ComboBox<BloodType> bloodType = new ComboBox<>();
    final ComboBox<MaritalStatus> maritalStatus = new ComboBox<>();
    final TextField occupation = new TextField();
    final TextField allergies = new TextField();
    final TextField bpjsNumber = new TextField();
    final Paragraph nikWarning = new Paragraph();
    final TextField overrideReason = new TextField();
    final Button save = new Button();

    public PatientForm(PatientService patients, Consumer<PatientView> registered) {
        this(patients, null, registered);
    }

    /** Changes the data of {@code existing} (every change is recorded with who and why). */
    public PatientForm(PatientService patients, PatientView existing, Consumer<PatientView> saved) {
        this.patients = patients;
        this.registered = saved;
        this.existing = existing;
        field(nik, "patient-nik", "patient.nik");
        nik.setAllowedCharPattern("[0-9 ]");
        nik.setMaxLength(20);
        field(name, "patient-name", "patient.name");
        name.setMaxLength(TextLimit.PERSON_NAME.max());
        field(birthPlace, "patient-birth-place", "patient.birth-place");
        birthPlace.setMaxLength(TextLimit.PLACE.max());
        birthDate.setId("patient-birth-date");
        birthDate.setLabel(getTranslation("patient.birth-date"));
        birthDate.setLocale(Formats.INDONESIAN);
        birthDate.setI18n(Formats.datePickerI18n(getContent()));
        birthDate.setMax(patients.today());
        sex.setId("patient-sex");
        sex.setLabel(getTranslation("patient.sex"));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(choice -> getTranslation("sex." + choice.name()));
        field(address, "patient-address", "patient.address");
        address.setMaxLength(TextLimit.ADDRESS.max());
        field(rtRw, "patient-rt-rw", "patient.rt-rw");
        rtRw.setPlaceholder("003/007");
        field(kelurahan, "patient-kelurahan", "patient.kelurahan");
        field(kecamatan, "patient-kecamatan", "patient.kecamatan");
        field(kabupaten, "patient-kabupaten", "patient.kabupaten");
        kelurahan.setMaxLength(TextLimit.PLACE.max());
        kecamatan.setMaxLength(TextLimit.PLACE.max());
        kabupaten.setMaxLength(TextLimit.PLACE.max());
        field(phone, "patient-phone", "patient.phone");
        bloodType.setId("patient-blood-type");
        bloodType.setLabel(getTranslation("patient.blood-type"));
        bloodType.setItems(BloodType.values());
        bloodType.setItemLabelGenerator(choice -> getTranslation("blood-type." + choice.name()));
        bloodType.setValue(BloodType.UNKNOWN);
        maritalStatus.setId("patient-marital-status");
        maritalStatus.setLabel(getTranslation("patient.marital-status"));
        maritalStatus.setItems(MaritalStatus.values());
        maritalStatus.setItemLabelGenerator(choice -> getTranslation("marital-status." + choice.name()));
        field(occupation, "patient-occupation", "patient.occupation");
        occupation.setMaxLength(TextLimit.OCCUPATION.max());
        field(allergies, "patient-allergies", "patient.allergies");
        allergies.setMaxLength(TextLimit.ALLERGIES.max());
        allergies.setPlaceholder(getTranslation("patient.allergies.none"));
        field(bpjsNumber, "patient-bpjs", "patient.bpjs");
        bpjsNumber.setAllowedCharPattern("[0-9]");
        bpjsNumber.setMaxLength(13);
        nikWarning.setId("patient-nik-warning");
        nikWarning.addClassName("giliran-warning");
        nikWarning.setVisible(false);
        field(overrideReason, "patient-nik-override", "patient.nik.override");
        overrideReason.setMaxLength(TextLimit.REASON.max());
        overrideReason.setVisible(false);
        nik.addValueChangeListener(change -> checkNik());
        birthDate.addValueChangeListener(change -> checkNik());
        sex.addValueChangeListener(change -> checkNik());

        field(changeReason, "patient-change-reason", "patient.change-reason");
        changeReason.setMaxLength(TextLimit.REASON.max());
        changeReason.setVisible(existing != null);
        save.setId("patient-save");
        save.setText(getTranslation(existing == null ? "patient.save" : "patient.save-changes"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());

        getContent().add(nik, name, birthPlace, birthDate, sex, address, rtRw, kelurahan, kecamatan, kabupaten, phone,
                bloodType, maritalStatus, occupation, allergies, bpjsNumber, nikWarning, overrideReason, changeReason,
                save);
        if (existing != null) {
            fill(existing.details());
            // a NIK accepted before with a reason keeps that reason unless the officer writes another
            overrideReason.setValue(existing.nikMismatchReason() == null ? "" : existing.nikMismatchReason());
        }
        getContent().setColspan(nikWarning, 2);
        getContent().setColspan(address, 2);
    }

    private void fill(PatientDetails details) {
        nik.setValue(details.nik() == null ? "" : details.nik());
        name.setValue(details.name() == null ? "" : details.name());
        birthPlace.setValue(details.birthPlace() == null ? "" : details.birthPlace());
        birthDate.setValue(details.birthDate());
        sex.setValue(details.sex());
        address.setValue(details.address() == null ? "" : details.address());
        rtRw.setValue(details.rtRw() == null ? "" : details.rtRw());
        kelurahan.setValue(details.kelurahan() == null ? "" : details.kelurahan());
        kecamatan.setValue(details.kecamatan() == null ? "" : details.kecamatan());
        kabupaten.setValue(details.kabupaten() == null ? "" : details.kabupaten());
        phone.setValue(details.phone() == null ? "" : details.phone());
        bloodType.setValue(details.bloodType() == null ? BloodType.UNKNOWN : details.bloodType());
        maritalStatus.setValue(details.maritalStatus());
        occupation.setValue(details.occupation() == null ? "" : details.occupation());
        allergies.setValue(details.allergies() == null ? "" : details.allergies());
        bpjsNumber.setValue(details.bpjsNumber() == null ? "" : details.bpjsNumber());
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
    }

    /** Warns while typing when the NIK's embedded birth date or sex disagrees with those entered. */
    NikCheck checkNik() {
        String typed = Niks.normalise(nik.getValue());
        if (typed == null) {
            nik.setInvalid(false);
            nikWarning.setVisible(false);
            overrideReason.setVisible(false);
            return null;
        }
        NikCheck check = Niks.check(typed, birthDate.getValue(), sex.getValue());
        nik.setInvalid(check == NikCheck.FORMAT_INVALID);
        nik.setErrorMessage(getTranslation("error.NIK_INVALID"));
        boolean warn = check.needsOverride() && birthDate.getValue() != null && sex.getValue() != null;
        nikWarning.setVisible(warn);
        nikWarning.setText(warn ? getTranslation("patient.nik.warning." + check.name()) : "");
        overrideReason.setVisible(warn);
        return check;
    }

    void save() {
        try {
            if (name.getValue().isBlank() || birthDate.getValue() == null || sex.getValue() == null) {
                name.setInvalid(name.getValue().isBlank());
                name.setErrorMessage(getTranslation("patient.name.required"));
                birthDate.setInvalid(birthDate.getValue() == null);
                birthDate.setErrorMessage(getTranslation("patient.birth-date.required"));
                sex.setInvalid(sex.getValue() == null);
                sex.setErrorMessage(getTranslation("patient.sex.required"));
                return;
            }
            NikCheck check = checkNik();
            if (check == NikCheck.FORMAT_INVALID) {
                return;
            }
            if (!phone.getValue().isBlank() && Usernames.normalise(phone.getValue())
                                                        .filter(number -> number.startsWith("+62")).isEmpty()) {
                phone.setInvalid(true);
                phone.setErrorMessage(getTranslation("error.PHONE_INVALID"));
                return;
            }
            phone.setInvalid(false);
            String reason = overrideReason.isVisible() ? overrideReason.getValue().strip() : null;
            if (overrideReason.isVisible() && reason.isEmpty()) {
                overrideReason.setInvalid(true);
                overrideReason.setErrorMessage(getTranslation("patient.nik.override.required"));
                return;
            }
            PatientDetails details = new PatientDetails(Niks.normalise(nik.getValue()), name.getValue(),
                    birthPlace.getValue(), birthDate.getValue(), sex.getValue(), address.getValue(), rtRw.getValue(),
                    kelurahan.getValue(), kecamatan.getValue(), kabupaten.getValue(), blankToNull(phone.getValue()),
                    bloodType.getValue(), maritalStatus.getValue(), occupation.getValue(), allergies.getValue(),
                    blankToNull(bpjsNumber.getValue()));
            String override = reason == null || reason.isEmpty() ? null : reason;
            if (existing == null) {
                registered.accept(patients.register(details, override));
                return;
            }
            if (changeReason.getValue().isBlank()) {
                changeReason.setInvalid(true);
                changeReason.setErrorMessage(getTranslation("error.CHANGE_REASON_REQUIRED"));
                return;
            }
            registered.accept(patients.update(existing.patientId(), details, changeReason.getValue().strip(), override));
        } catch (RuntimeException failure) {
            ErrorText.show(getContent(), failure);
        } finally {
            save.setEnabled(true);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
