package id.giliran.counseling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.Slot;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import id.giliran.ui.Polling;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * KONSELOR: the bookings made with me — student, time, topic, channel, status and flags (not
 * answered within 24 hours, outside my new hours, asked on the student's behalf), filterable by
 * status and dates; confirm, postpone ("undur") with a reason and alternative times, cancel with a
 * reason, and after the start: done or no-show. Follows changes by itself while open.
 */
@Route("konselor/janji")
@Menu(title = "menu.counselor-bookings", order = 6)
@RolesAllowed("KONSELOR")
public class CounselorAppointmentsView extends VerticalLayout implements HasDynamicTitle {

    static final int REFRESH_MILLIS = 5000;

    private final CounselingService counseling;
    final MultiSelectComboBox<CounselingStatus> statuses = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<CounselingBookingView> grid = new Grid<>();
    final Paragraph summary = new Paragraph();

    public CounselorAppointmentsView(CounselingService counseling) {
        this.counseling = counseling;
        setSizeFull();
        statuses.setId("bookings-status");
        statuses.setLabel(getTranslation("counselor-bookings.status"));
        statuses.setItems(CounselingStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation("counseling.status." + status.name()));
        statuses.setValue(EnumSet.of(CounselingStatus.PENDING, CounselingStatus.CONFIRMED, CounselingStatus.POSTPONED));
        from.setId("bookings-from");
        from.setLabel(getTranslation("counselor-bookings.from"));
        to.setId("bookings-to");
        to.setLabel(getTranslation("counselor-bookings.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(Formats.datePickerI18n(this));
            picker.setClearButtonVisible(true);
            picker.addValueChangeListener(change -> refresh());
        }
        statuses.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(statuses, from, to);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("counselor-bookings");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(booking -> CounselingTexts.slot(booking.slot()))
            .setHeader(getTranslation("counselor-bookings.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CounselingBookingView::studentName).setHeader(getTranslation("counselor-bookings.student"))
            .setAutoWidth(true);
        grid.addColumn(CounselingBookingView::topic).setHeader(getTranslation("counselor-bookings.topic")).setFlexGrow(2);
        grid.addColumn(booking -> getTranslation("counseling.channel." + booking.channel().name()))
            .setHeader(getTranslation("counselor-bookings.channel")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("counselor-bookings.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("counselor-bookings.actions"))
            .setAutoWidth(true);
        grid.setSizeFull();
        summary.setId("counselor-bookings-summary");
        add(new H2(getTranslation("counselor-bookings.title")), filters, summary, grid);
        refresh();
        Polling.whileAttached(this, REFRESH_MILLIS, this::refresh);
    }

    void refresh() {
        try {
            List<CounselingBookingView> bookings = counseling.counselorBookings(Set.copyOf(statuses.getValue()),
                    from.getValue(), to.getValue());
            grid.setItems(bookings);
            long pending = bookings.stream().filter(booking -> booking.status() == CounselingStatus.PENDING).count();
            long overdue = bookings.stream().filter(booking -> booking.overdue() && booking.status() == CounselingStatus.PENDING).count();
            summary.setText(getTranslation("counselor-bookings.summary", bookings.size(), pending, overdue));
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    private Div statusCell(CounselingBookingView booking) {
        Div cell = new Div(CounselingTexts.status(this, booking.status()));
        if (booking.overdue() && booking.status() == CounselingStatus.PENDING) {
            cell.add(flag("counselor-bookings.flag.overdue", "overdue-" + booking.bookingId()));
        }
        if (booking.outsideHours() && booking.status().isLive()) {
            cell.add(flag("counselor-bookings.flag.outside-hours", "outside-" + booking.bookingId()));
        }
        if (booking.onBehalf() != null) {
            Paragraph asked = new Paragraph(getTranslation("counselor-bookings.on-behalf", booking.onBehalf().requesterName(),
                    getTranslation("counseling.relation." + booking.onBehalf().relation().name()), booking.onBehalf().reason()));
            asked.addClassName("giliran-small");
            cell.add(asked);
        }
        if (booking.status() == CounselingStatus.POSTPONED) {
            cell.add(new Paragraph(getTranslation("counselor-bookings.offered", booking.alternatives().stream()
                    .map(CounselingTexts::slot).reduce((a, b) -> a + "; " + b).orElse(""))));
        }
        return cell;
    }

    private Span flag(String key, String id) {
        Span flag = new Span(getTranslation(key));
        flag.setId(id);
        flag.getElement().setAttribute("theme", "badge error");
        flag.getStyle().set("margin-left", "var(--lumo-space-xs)");
        return flag;
    }

    private HorizontalLayout actions(CounselingBookingView booking) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        String id = booking.bookingId();
        if (booking.status() == CounselingStatus.PENDING) {
            actions.add(button("confirm-" + id, "counselor-bookings.confirm", ButtonVariant.LUMO_PRIMARY,
                    () -> act(() -> counseling.confirm(booking), "counselor-bookings.confirmed")));
        }
        if (booking.status() == CounselingStatus.PENDING || booking.status() == CounselingStatus.CONFIRMED) {
            actions.add(button("postpone-" + id, "counselor-bookings.postpone", ButtonVariant.LUMO_CONTRAST,
                    () -> postpone(booking)));
        }
        if (booking.status().isLive()) {
            actions.add(button("chat-" + id, "counselor-bookings.chat", ButtonVariant.LUMO_TERTIARY,
                    () -> getUI().ifPresent(ui -> ui.navigate(CounselingChatView.class, booking.bookingId()))));
            actions.add(button("cancel-" + id, "counselor-bookings.cancel", ButtonVariant.LUMO_ERROR,
                    () -> new ReasonDialog(this, "cancel", getTranslation("counselor-bookings.cancel"),
                            getTranslation("counselor-bookings.cancel.text", booking.studentName(),
                                    CounselingTexts.slot(booking.slot())), getTranslation("counselor-bookings.cancel.confirm"),
                            reason -> act(() -> counseling.cancel(booking, reason), "counselor-bookings.cancelled")).open()));
        }
        if (booking.status() == CounselingStatus.CONFIRMED && !booking.slot().start().isAfter(counseling.now())) {
            actions.add(button("done-" + id, "counselor-bookings.done", ButtonVariant.LUMO_SUCCESS,
                    () -> act(() -> counseling.complete(booking), "counselor-bookings.completed")));
            actions.add(button("no-show-" + id, "counselor-bookings.no-show", ButtonVariant.LUMO_TERTIARY,
                    () -> act(() -> counseling.noShow(booking), "counselor-bookings.no-show-recorded")));
        }
        return actions;
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        return button;
    }

    /** "Undur": a reason and one or more free times of the next two weeks, held for the student until they answer. */
    void postpone(CounselingBookingView booking) {
        CheckboxGroup<Slot> alternatives = new CheckboxGroup<>();
        alternatives.setId("postpone-alternatives");
        alternatives.setLabel(getTranslation("counselor-bookings.postpone.alternatives"));
        alternatives.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        alternatives.setItems(counseling.alternativesFor(booking.counselorId()));
        alternatives.setItemLabelGenerator(CounselingTexts::slot);
        alternatives.getStyle().set("max-height", "40vh").set("overflow", "auto");
        ReasonDialog dialog = new ReasonDialog(this, "postpone", getTranslation("counselor-bookings.postpone"),
                getTranslation("counselor-bookings.postpone.text", booking.studentName(), CounselingTexts.slot(booking.slot())),
                getTranslation("counselor-bookings.postpone.confirm"), reason -> {
                    List<LocalDateTime> starts = alternatives.getValue().stream().map(Slot::start).sorted().toList();
                    act(() -> counseling.postpone(booking, reason, starts), "counselor-bookings.postponed");
                }, alternatives);
        dialog.open();
    }

    private void act(Supplier<CounselingBookingView> step, String doneKey) {
        try {
            CounselingBookingView done = step.get();
            Notification.show(getTranslation(doneKey, done.studentName()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counselor-bookings.title");
    }
}
