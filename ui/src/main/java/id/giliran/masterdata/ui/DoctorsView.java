package id.giliran.masterdata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.common.TextLimit;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.DoctorView;
import id.giliran.api.masterdata.SaveDoctorCommand;
import id.giliran.api.masterdata.ScheduleSlot;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * ADMIN: the doctors (name, SIP, home clinic, PCare doctor code, active) and each one's weekly
 * practice hours, which decide the "doctor on duty today" at registration.
 */
@Route("admin/dokter")
@Menu(title = "menu.doctors", order = 14)
@RolesAllowed("ADMIN")
public class DoctorsView extends VerticalLayout implements HasDynamicTitle {

    private final MasterDataService masterData;
    final Grid<DoctorView> doctors = new Grid<>();
    final TextField name = new TextField();
    final TextField sip = new TextField();
    final ComboBox<ClinicView> clinic = new ComboBox<>();
    final TextField bpjsCode = new TextField();
    final Checkbox active = new Checkbox();
    final Map<DayOfWeek, Checkbox> practises = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, TimePicker> starts = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, TimePicker> ends = new EnumMap<>(DayOfWeek.class);
    final Button save = new Button();
    private String doctorId;
    /** Slots of the edited doctor at other clinics than the home clinic; kept as they are. */
    private List<ScheduleSlot> elsewhere = List.of();

    public DoctorsView(MasterDataService masterData) {
        this.masterData = masterData;
        doctors.setId("doctors-grid");
        doctors.addColumn(DoctorView::name).setHeader(getTranslation("doctors.column.name")).setAutoWidth(true);
        doctors.addColumn(doctor -> clinicName(doctor.clinicCode())).setHeader(getTranslation("doctors.column.clinic"));
        doctors.addColumn(DoctorView::sipNumber).setHeader(getTranslation("doctors.column.sip"));
        doctors.addColumn(this::scheduleText).setHeader(getTranslation("doctors.column.schedule")).setFlexGrow(2);
        doctors.addColumn(doctor -> getTranslation(doctor.active() ? "users.active" : "users.inactive"))
               .setHeader(getTranslation("clinics.column.active"));
        doctors.setAllRowsVisible(true);
        doctors.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(change.getValue());
            }
        });
        Button add = new Button(getTranslation("doctors.new"), click -> edit(null));
        add.setId("doctors-new");

        name.setId("doctor-name");
        name.setMaxLength(TextLimit.PERSON_NAME.max());
        name.setLabel(getTranslation("doctors.column.name"));
        sip.setId("doctor-sip");
        sip.setMaxLength(TextLimit.SIP_NUMBER.max());
        sip.setLabel(getTranslation("doctors.column.sip"));
        clinic.setId("doctor-clinic");
        clinic.setLabel(getTranslation("doctors.column.clinic"));
        clinic.setItems(masterData.clinics());
        clinic.setItemLabelGenerator(ClinicView::name);
        bpjsCode.setId("doctor-bpjs");
        bpjsCode.setMaxLength(TextLimit.BPJS_CODE.max());
        bpjsCode.setLabel(getTranslation("doctors.bpjs"));
        bpjsCode.setHelperText(getTranslation("doctors.bpjs.hint"));
        active.setId("doctor-active");
        active.setLabel(getTranslation("doctors.active"));

        VerticalLayout week = new VerticalLayout();
        week.setPadding(false);
        week.setSpacing(false);
        for (DayOfWeek day : DayOfWeek.values()) {
            Checkbox practisesThatDay = new Checkbox(day.getDisplayName(TextStyle.FULL, Formats.INDONESIAN));
            practisesThatDay.setId("doctor-day-" + day.name().toLowerCase());
            practisesThatDay.setWidth("8rem");
            TimePicker start = new TimePicker();
            start.setId("doctor-start-" + day.name().toLowerCase());
            start.setStep(java.time.Duration.ofMinutes(30));
            TimePicker end = new TimePicker();
            end.setId("doctor-end-" + day.name().toLowerCase());
            end.setStep(java.time.Duration.ofMinutes(30));
            practisesThatDay.addValueChangeListener(change -> {
                start.setEnabled(change.getValue());
                end.setEnabled(change.getValue());
            });
            practises.put(day, practisesThatDay);
            starts.put(day, start);
            ends.put(day, end);
            HorizontalLayout row = new HorizontalLayout(practisesThatDay, start, new Span("–"), end);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            week.add(row);
        }

        save.setId("doctor-save");
        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        add(new H2(getTranslation("doctors.title")), add, doctors,
                new H3(getTranslation("doctors.form")), new HorizontalLayout(name, sip), new HorizontalLayout(clinic,
                        bpjsCode), active, new H3(getTranslation("doctors.schedule")), week, save);
        refresh();
        edit(null);
    }

    void refresh() {
        doctors.setItems(masterData.doctors());
    }

    void edit(DoctorView doctor) {
        doctorId = doctor == null ? UUID.randomUUID().toString() : doctor.doctorId();
        name.setValue(doctor == null ? "" : doctor.name());
        sip.setValue(doctor == null || doctor.sipNumber() == null ? "" : doctor.sipNumber());
        bpjsCode.setValue(doctor == null || doctor.bpjsDoctorCode() == null ? "" : doctor.bpjsDoctorCode());
        active.setValue(doctor == null || doctor.active());
        String home = doctor == null ? null : doctor.clinicCode();
        clinic.setValue(masterData.clinics().stream().filter(candidate -> candidate.clinicCode().equals(home))
                                  .findFirst().orElse(null));
        List<ScheduleSlot> schedule = doctor == null ? List.of() : doctor.schedule();
        elsewhere = schedule.stream().filter(slot -> !slot.clinicCode().equals(home)).toList();
        for (DayOfWeek day : DayOfWeek.values()) {
            ScheduleSlot slot = schedule.stream()
                                        .filter(candidate -> candidate.day() == day && candidate.clinicCode().equals(home))
                                        .findFirst().orElse(null);
            practises.get(day).setValue(slot != null);
            starts.get(day).setValue(slot == null ? LocalTime.of(7, 30) : slot.start());
            ends.get(day).setValue(slot == null ? LocalTime.of(14, 0) : slot.end());
            starts.get(day).setEnabled(slot != null);
            ends.get(day).setEnabled(slot != null);
        }
    }

    void save() {
        if (name.getValue().isBlank() || clinic.getValue() == null) {
            name.setInvalid(name.getValue().isBlank());
            name.setErrorMessage(getTranslation("doctors.name.required"));
            clinic.setInvalid(clinic.getValue() == null);
            clinic.setErrorMessage(getTranslation("doctors.clinic.required"));
            return;
        }
        List<ScheduleSlot> schedule = new ArrayList<>(elsewhere);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (practises.get(day).getValue()) {
                LocalTime start = starts.get(day).getValue();
                LocalTime end = ends.get(day).getValue();
                if (start == null || end == null || !start.isBefore(end)) {
                    ends.get(day).setInvalid(true);
                    ends.get(day).setErrorMessage(getTranslation("error.SCHEDULE_INVALID"));
                    return;
                }
                ends.get(day).setInvalid(false);
                schedule.add(new ScheduleSlot(day, start, end, clinic.getValue().clinicCode()));
            }
        }
        try {
            masterData.saveDoctor(new SaveDoctorCommand(doctorId, name.getValue(), sip.getValue(),
                    clinic.getValue().clinicCode(), bpjsCode.getValue(), active.getValue()), schedule);
            showSaved(new DoctorView(doctorId, name.getValue().strip(), sip.getValue().strip(),
                    clinic.getValue().clinicCode(), bpjsCode.getValue().strip(), active.getValue(), schedule));
            Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    /** Shows the saved doctor at once; the read model takes a moment to apply the change. */
    private void showSaved(DoctorView saved) {
        List<DoctorView> all = new ArrayList<>(masterData.doctors().stream()
                .filter(doctor -> !doctor.doctorId().equals(saved.doctorId())).toList());
        all.add(saved);
        all.sort(java.util.Comparator.comparing(DoctorView::name));
        doctors.setItems(all);
    }

    private String clinicName(String clinicCode) {
        return masterData.clinics().stream().filter(candidate -> candidate.clinicCode().equals(clinicCode))
                         .map(ClinicView::name).findFirst().orElse(clinicCode);
    }

    private String scheduleText(DoctorView doctor) {
        return doctor.schedule().stream()
                     .map(slot -> slot.day().getDisplayName(TextStyle.SHORT, Formats.INDONESIAN) + " "
                             + Formats.time(slot.start()) + "–" + Formats.time(slot.end()))
                     .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("doctors.title");
    }
}
