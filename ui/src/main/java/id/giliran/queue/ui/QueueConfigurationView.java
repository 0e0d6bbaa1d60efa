package id.giliran.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.common.TextLimit;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueSettingsView;
import id.giliran.ui.ErrorText;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** ADMIN: how calling alternates between priority and general tickets, spoken calls, the display's running text. */
@Route("admin/antrean")
@Menu(title = "menu.queue-settings", order = 11)
@RolesAllowed("ADMIN")
public class QueueConfigurationView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final QueueConfigurationService configuration;
    final IntegerField priority = new IntegerField();
    final IntegerField general = new IntegerField();
    final Checkbox spokenCalls = new Checkbox();
    final TextArea runningText = new TextArea();
    final TimePicker opensAt = new TimePicker();
    final TimePicker closesAt = new TimePicker();
    final TextField closedDays = new TextField();
    final IntegerField serviceMinutes = new IntegerField();
    final IntegerField notifyAhead = new IntegerField();
    final Button save = new Button();

    public QueueConfigurationView(QueueConfigurationService configuration) {
        this.configuration = configuration;
        priority.setId("settings-priority");
        priority.setLabel(getTranslation("settings.priority"));
        general.setId("settings-general");
        general.setLabel(getTranslation("settings.general"));
        general.setHelperText(getTranslation("settings.general.hint"));
        for (IntegerField field : new IntegerField[]{priority, general}) {
            field.setStepButtonsVisible(true);
            field.setMax(10);
        }
        priority.setMin(1);
        general.setMin(0);
        spokenCalls.setId("settings-spoken");
        spokenCalls.setLabel(getTranslation("settings.spoken"));
        runningText.setId("settings-running-text");
        runningText.setLabel(getTranslation("settings.running-text"));
        runningText.setMaxLength(TextLimit.RUNNING_TEXT.max());
        runningText.setWidthFull();
        opensAt.setId("settings-opens");
        opensAt.setLabel(getTranslation("settings.opens"));
        closesAt.setId("settings-closes");
        closesAt.setLabel(getTranslation("settings.closes"));
        opensAt.setHelperText(getTranslation("settings.hours.hint"));
        closedDays.setId("settings-closed-days");
        closedDays.setLabel(getTranslation("settings.closed-days"));
        closedDays.setHelperText(getTranslation("settings.closed-days.hint"));
        closedDays.setWidthFull();
        serviceMinutes.setId("settings-service-minutes");
        serviceMinutes.setLabel(getTranslation("settings.service-minutes"));
        serviceMinutes.setHelperText(getTranslation("settings.service-minutes.hint"));
        serviceMinutes.setMin(1);
        serviceMinutes.setMax(120);
        serviceMinutes.setStepButtonsVisible(true);
        serviceMinutes.setWidth("22rem");
        notifyAhead.setId("settings-notify-ahead");
        notifyAhead.setLabel(getTranslation("settings.notify-ahead"));
        notifyAhead.setHelperText(getTranslation("settings.notify-ahead.hint"));
        notifyAhead.setMin(1);
        notifyAhead.setMax(QueueSettingsView.MAX_NOTIFY_AHEAD);
        notifyAhead.setStepButtonsVisible(true);
        notifyAhead.setWidth("22rem");
        save.setId("settings-save");
        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());

        QueueSettingsView current = configuration.settings();
        priority.setValue(current.ratio().priority());
        general.setValue(current.ratio().general());
        spokenCalls.setValue(current.spokenCalls());
        runningText.setValue(current.runningText() == null ? "" : current.runningText());
        serviceMinutes.setValue(current.averageServiceMinutes());
        notifyAhead.setValue(current.notifyAhead());
        opensAt.setValue(current.opensAt());
        closesAt.setValue(current.closesAt());
        closedDays.setValue(current.closedDays() == null ? "" : current.closedDays().stream()
                .map(DAY::format).collect(Collectors.joining(", ")));
        add(new H2(getTranslation("settings.title")), new Paragraph(getTranslation("settings.intro")),
                new HorizontalLayout(priority, general), spokenCalls, runningText,
                new HorizontalLayout(opensAt, closesAt), closedDays, serviceMinutes, notifyAhead, save);
    }

    void save() {
        Integer p = priority.getValue();
        Integer g = general.getValue();
        Integer minutes = serviceMinutes.getValue();
        if (minutes == null || minutes < 1 || minutes > 120) {
            serviceMinutes.setInvalid(true);
            serviceMinutes.setErrorMessage(getTranslation("settings.service-minutes.invalid"));
            return;
        }
        serviceMinutes.setInvalid(false);
        Integer near = notifyAhead.getValue();
        if (near == null || near < 1 || near > QueueSettingsView.MAX_NOTIFY_AHEAD) {
            notifyAhead.setInvalid(true);
            notifyAhead.setErrorMessage(getTranslation("settings.notify-ahead.invalid", QueueSettingsView.MAX_NOTIFY_AHEAD));
            return;
        }
        notifyAhead.setInvalid(false);
        if (p == null || g == null || p < 1 || p > 10 || g < 0 || g > 10) {
            Notification.show(getTranslation("error.RATIO_INVALID"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        List<LocalDate> days = new ArrayList<>();
        for (String day : closedDays.getValue().split("[,;\\s]+")) {
            if (day.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(day.strip(), DAY));
            } catch (DateTimeParseException notADate) {
                closedDays.setInvalid(true);
                closedDays.setErrorMessage(getTranslation("settings.closed-days.invalid", day));
                return;
            }
        }
        closedDays.setInvalid(false);
        try {
            configuration.configure(new PriorityRatio(p, g), spokenCalls.getValue(), runningText.getValue(),
                    opensAt.getValue(), closesAt.getValue(), days);
            QueueSettingsView before = configuration.settings();
            if (before.averageServiceMinutes() != minutes) {
                configuration.setAverageServiceTime(minutes);
            }
            if (before.notifyAhead() != near) {
                configuration.setNotifyAhead(near);
            }
            Notification.show(getTranslation("users.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
