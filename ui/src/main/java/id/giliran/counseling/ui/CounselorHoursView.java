package id.giliran.counseling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.CounselorHours;
import id.giliran.api.counseling.CounselorView;
import id.giliran.api.counseling.HoursException;
import id.giliran.api.counseling.HoursExceptionKind;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.SlotPlanner;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.ui.ErrorText;
import id.giliran.ui.ErrorText.UserError;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * KONSELOR: my operating hours inside the school's service frame — weekly hours (add, edit, delete),
 * session length (30–45 minutes), buffer between sessions, minimum notice for new bookings, and date
 * exceptions (day off, extra hours). Bookings the new hours leave out are listed, never dropped.
 */
@Route("konselor/jam")
@Menu(title = "menu.counselor-hours", order = 7)
@RolesAllowed("KONSELOR")
public class CounselorHoursView extends VerticalLayout implements HasDynamicTitle {

    private final CounselingService counseling;
    final Paragraph frame = new Paragraph();
    final WeeklyHoursEditor weekly = new WeeklyHoursEditor("counselor");
    final IntegerField session = new IntegerField();
    final IntegerField buffer = new IntegerField();
    final IntegerField notice = new IntegerField();
    final Button save = new Button();
    final Div outside = new Div();
    final Grid<HoursException> exceptions = new Grid<>();
    final DatePicker exceptionDate = new DatePicker();
    final RadioButtonGroup<HoursExceptionKind> exceptionKind = new RadioButtonGroup<>();
    final TimePicker exceptionStart = new TimePicker();
    final TimePicker exceptionEnd = new TimePicker();
    final Button addException = new Button();

    public CounselorHoursView(CounselingService counseling) {
        this.counseling = counseling;
        frame.setId("service-frame");
        session.setId("session-minutes");
        session.setLabel(getTranslation("counselor-hours.session"));
        session.setMin(CounselorHours.MIN_SESSION_MINUTES);
        session.setMax(CounselorHours.MAX_SESSION_MINUTES);
        session.setStepButtonsVisible(true);
        session.setStep(5);
        buffer.setId("buffer-minutes");
        buffer.setLabel(getTranslation("counselor-hours.buffer"));
        buffer.setMin(0);
        buffer.setMax(CounselorHours.MAX_BUFFER_MINUTES);
        buffer.setStepButtonsVisible(true);
        buffer.setStep(5);
        notice.setId("notice-hours");
        notice.setLabel(getTranslation("counselor-hours.notice"));
        notice.setMin(0);
        notice.setMax(CounselorHours.MAX_NOTICE_MINUTES / 60);
        notice.setStepButtonsVisible(true);
        save.setId("hours-save");
        save.setText(getTranslation("counselor-hours.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        outside.setId("bookings-outside-hours");

        exceptions.setId("hours-exceptions");
        exceptions.setAllRowsVisible(true);
        exceptions.addColumn(exception -> Formats.date(exception.date())).setHeader(getTranslation("counselor-hours.exception.date"));
        exceptions.addColumn(exception -> exception.kind() == HoursExceptionKind.DAY_OFF
                ? getTranslation("counselor-hours.exception.DAY_OFF")
                : getTranslation("counselor-hours.exception.EXTRA_HOURS") + " " + Formats.time(exception.start()) + "–"
                + Formats.time(exception.end())).setHeader(getTranslation("counselor-hours.exception.kind"));
        exceptions.addComponentColumn(exception -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> removeException(exception));
            remove.setId("exception-remove-" + exception.exceptionId());
            remove.setAriaLabel(getTranslation("counselor-hours.exception.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        exceptionDate.setId("exception-date");
        exceptionDate.setLabel(getTranslation("counselor-hours.exception.date"));
        exceptionDate.setI18n(Formats.datePickerI18n(this));
        exceptionDate.setMin(counseling.today());
        exceptionKind.setId("exception-kind");
        exceptionKind.setItems(HoursExceptionKind.values());
        exceptionKind.setItemLabelGenerator(kind -> getTranslation("counselor-hours.exception." + kind.name()));
        exceptionKind.setValue(HoursExceptionKind.DAY_OFF);
        exceptionStart.setId("exception-start");
        exceptionStart.setLabel(getTranslation("counseling.hours.start"));
        exceptionEnd.setId("exception-end");
        exceptionEnd.setLabel(getTranslation("counseling.hours.end"));
        for (TimePicker picker : List.of(exceptionStart, exceptionEnd)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(Formats.INDONESIAN);
            picker.setWidth("8rem");
            picker.setVisible(false);
        }
        exceptionKind.addValueChangeListener(change -> {
            boolean extra = change.getValue() == HoursExceptionKind.EXTRA_HOURS;
            exceptionStart.setVisible(extra);
            exceptionEnd.setVisible(extra);
        });
        addException.setId("exception-add");
        addException.setText(getTranslation("counselor-hours.exception.add"));
        addException.addClickListener(click -> addException());
        HorizontalLayout exceptionForm = new HorizontalLayout(exceptionDate, exceptionKind, exceptionStart, exceptionEnd,
                addException);
        exceptionForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        exceptionForm.getStyle().set("flex-wrap", "wrap");

        HorizontalLayout rules = new HorizontalLayout(session, buffer, notice);
        rules.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("counselor-hours.title")), frame, new H3(getTranslation("counselor-hours.weekly")),
                weekly, rules, save, outside, new H3(getTranslation("counselor-hours.exceptions")), exceptions,
                exceptionForm);
        load();
    }

    private void load() {
        ServiceFrame serviceFrame = counseling.frame();
        frame.setText(getTranslation("counselor-hours.frame", describe(serviceFrame.hours())));
        CounselorHours hours = counseling.me().map(CounselorView::hours).orElse(CounselorHours.NONE);
        weekly.setValue(hours.weekly());
        session.setValue(hours.sessionMinutes());
        buffer.setValue(hours.bufferMinutes());
        notice.setValue(hours.noticeMinutes() / 60);
        showExceptions(hours);
    }

    private String describe(List<WeeklyHours> hours) {
        return hours.stream().sorted(CounselingService.WEEKLY_ORDER)
                .map(entry -> entry.day().getDisplayName(TextStyle.FULL, Formats.INDONESIAN) + " "
                        + Formats.time(entry.start()) + "–" + Formats.time(entry.end()))
                .collect(Collectors.joining(", "));
    }

    private void showExceptions(CounselorHours hours) {
        exceptions.setItems(hours.exceptions().stream().sorted(Comparator.comparing(HoursException::date)).toList());
    }

    void save() {
        if (counseling.me().isEmpty()) {
            Notification.show(getTranslation("counselor-hours.profile-first"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            if (session.getValue() == null || buffer.getValue() == null || notice.getValue() == null) {
                throw new UserError(ErrorCode.SESSION_LENGTH_INVALID, "missing numbers");
            }
            CounselorView saved = counseling.setHours(weekly.getValue(), session.getValue(), buffer.getValue(),
                    notice.getValue() * 60);
            Notification.show(getTranslation("counselor-hours.saved"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showOutside(saved.hours());
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    /**
     * The live bookings the hours now leave out, drawn with the same rule the calendar uses
     * ({@link SlotPlanner#insideHours}) on the hours as saved, so the list does not wait for the
     * bookings' read model: the counselor postpones or cancels each in "Janji konseling".
     */
    void showOutside(CounselorHours hours) {
        outside.removeAll();
        ServiceFrame serviceFrame = counseling.frame();
        LocalDateTime now = counseling.now();
        List<CounselingBookingView> left = counseling.counselorBookings(
                EnumSet.of(CounselingStatus.PENDING, CounselingStatus.CONFIRMED, CounselingStatus.POSTPONED), null, null)
                .stream()
                .filter(booking -> booking.slot().end().isAfter(now))
                .filter(booking -> (booking.status() == CounselingStatus.POSTPONED ? booking.alternatives()
                        : List.of(booking.slot())).stream()
                        .anyMatch(slot -> !SlotPlanner.insideHours(slot, hours, serviceFrame)))
                .toList();
        if (left.isEmpty()) {
            return;
        }
        Paragraph warning = new Paragraph(getTranslation("counselor-hours.outside", left.size()));
        warning.addClassName("giliran-warning");
        outside.add(warning);
        left.forEach(booking -> outside.add(new Paragraph(booking.studentName() + " — " + CounselingTexts.slot(booking.slot()))));
        outside.add(new RouterLink(getTranslation("counselor-hours.outside.link"), CounselorAppointmentsView.class));
    }

    void addException() {
        try {
            HoursExceptionKind kind = exceptionKind.getValue();
            HoursException exception = new HoursException(UUID.randomUUID().toString(), exceptionDate.getValue(), kind,
                    kind == HoursExceptionKind.EXTRA_HOURS ? exceptionStart.getValue() : null,
                    kind == HoursExceptionKind.EXTRA_HOURS ? exceptionEnd.getValue() : null);
            if (!exception.wellFormed()) {
                throw new UserError(ErrorCode.COUNSELING_HOURS_INVALID, "incomplete exception");
            }
            CounselorView saved = counseling.addException(exception);
            showExceptions(saved.hours());
            exceptionDate.clear();
            Notification.show(getTranslation("counselor-hours.exception.added"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showOutside(saved.hours());
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    private void removeException(HoursException exception) {
        try {
            CounselorHours hours = counseling.removeException(exception.exceptionId()).hours();
            showExceptions(hours);
            showOutside(hours);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counselor-hours.title");
    }
}
