package id.giliran.counseling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.ui.ErrorText.UserError;
import id.giliran.ui.Formats;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Weekly hours as rows of day, start and end: add, edit, delete. Used for a counselor's hours and the service frame. */
class WeeklyHoursEditor extends VerticalLayout {

    private final String idPrefix;
    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();

    WeeklyHoursEditor(String idPrefix) {
        this.idPrefix = idPrefix;
        setPadding(false);
        setSpacing(false);
        setId(idPrefix + "-hours");
        add.setText(getTranslation("counseling.hours.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId(idPrefix + "-hours-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> addRow(new WeeklyHours(nextDay(), LocalTime.of(8, 0), LocalTime.of(12, 0))));
        add(add);
    }

    void setValue(List<WeeklyHours> hours) {
        rows.forEach(this::remove);
        rows.clear();
        hours.stream().sorted(CounselingService.WEEKLY_ORDER).forEach(this::addRow);
    }

    /** The hours as entered; a row without day, start or end (or ending before it starts) is refused. */
    List<WeeklyHours> getValue() {
        List<WeeklyHours> hours = new ArrayList<>();
        for (Row row : rows) {
            WeeklyHours entry = new WeeklyHours(row.day.getValue(), row.start.getValue(), row.end.getValue());
            if (!entry.wellFormed()) {
                throw new UserError(ErrorCode.COUNSELING_HOURS_INVALID, "incomplete row");
            }
            hours.add(entry);
        }
        return hours;
    }

    Row addRow(WeeklyHours hours) {
        Row row = new Row(rows.size());
        row.day.setValue(hours.day());
        row.start.setValue(hours.start());
        row.end.setValue(hours.end());
        rows.add(row);
        addComponentAtIndex(rows.size() - 1, row);
        return row;
    }

    private DayOfWeek nextDay() {
        return rows.isEmpty() ? DayOfWeek.MONDAY
                : rows.get(rows.size() - 1).day.getValue() == null ? DayOfWeek.MONDAY
                : rows.get(rows.size() - 1).day.getValue().plus(1);
    }

    final class Row extends HorizontalLayout {

        final Select<DayOfWeek> day = new Select<>();
        final TimePicker start = new TimePicker();
        final TimePicker end = new TimePicker();
        final Button delete = new Button(VaadinIcon.TRASH.create());

        Row(int index) {
            setAlignItems(Alignment.BASELINE);
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(value -> value.getDisplayName(TextStyle.FULL, Formats.INDONESIAN));
            day.setLabel(getTranslation("counseling.hours.day"));
            day.setId(idPrefix + "-day-" + index);
            start.setLabel(getTranslation("counseling.hours.start"));
            start.setId(idPrefix + "-start-" + index);
            end.setLabel(getTranslation("counseling.hours.end"));
            end.setId(idPrefix + "-end-" + index);
            for (TimePicker picker : List.of(start, end)) {
                picker.setStep(Duration.ofMinutes(15));
                picker.setLocale(Formats.INDONESIAN);
                picker.setWidth("8rem");
            }
            delete.setId(idPrefix + "-delete-" + index);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("counseling.hours.delete"));
            delete.addClickListener(click -> {
                rows.remove(this);
                WeeklyHoursEditor.this.remove(this);
            });
            add(day, start, end, delete);
        }
    }
}
