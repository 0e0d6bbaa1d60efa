package id.giliran.counseling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;

/**
 * ADMIN: the school's counseling service frame (counselors' hours must lie inside it) and the
 * requests not answered within 24 hours (seed 001). Counselor accounts are opened in "Pengguna".
 */
@Route("admin/konseling")
@Menu(title = "menu.counseling-admin", order = 17)
@RolesAllowed("ADMIN")
public class CounselingAdminView extends VerticalLayout implements HasDynamicTitle {

    private final CounselingService counseling;
    final WeeklyHoursEditor frame = new WeeklyHoursEditor("frame");
    final Button save = new Button();
    final Grid<CounselingBookingView> overdue = new Grid<>();

    public CounselingAdminView(CounselingService counseling) {
        this.counseling = counseling;
        save.setId("frame-save");
        save.setText(getTranslation("counseling-admin.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        overdue.setId("overdue-counseling");
        overdue.setAllRowsVisible(true);
        overdue.addColumn(CounselingBookingView::counselorName).setHeader(getTranslation("counseling-admin.counselor"));
        overdue.addColumn(CounselingBookingView::studentName).setHeader(getTranslation("counselor-bookings.student"));
        overdue.addColumn(booking -> CounselingTexts.slot(booking.slot())).setHeader(getTranslation("counselor-bookings.when"));
        overdue.addColumn(booking -> Formats.date(booking.requestedAt().atZone(zone()).toLocalDate()) + " "
                + Formats.time(booking.requestedAt(), zone())).setHeader(getTranslation("counseling-admin.requested-at"));
        add(new H2(getTranslation("counseling-admin.title")), new Paragraph(getTranslation("counseling-admin.intro")),
                new H3(getTranslation("counseling-admin.frame")), frame, save,
                new H3(getTranslation("counseling-admin.overdue")), overdue);
        frame.setValue(counseling.frame().hours());
        refresh();
    }

    private ZoneId zone() {
        return counseling.zone();
    }

    void refresh() {
        overdue.setItems(counseling.overdue());
    }

    void save() {
        try {
            frame.setValue(counseling.setFrame(frame.getValue()).hours());
            Notification.show(getTranslation("counseling-admin.saved"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counseling-admin.title");
    }
}
