package id.giliran.queue.ui;

import id.giliran.identity.security.Callers;
import com.vaadin.flow.component.UI;
import id.giliran.api.identity.Role;
import id.giliran.api.notification.NotificationStatus;
import id.giliran.api.notification.RequestTurnNotificationCommand;
import id.giliran.api.notification.TurnNotificationView;
import id.giliran.api.queue.ClinicDayReport;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.ui.KaribuTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class QueueReportViewTest extends KaribuTest {

    @Autowired
    KioskService kiosk;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    Clock clock;

    @Test
    void anAdminSeesTodaysTicketsPerClinic() {
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5);
        kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.UMUM, "KIA-KB"));
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(QueueReportView.class);
        QueueReportView view = (QueueReportView) UI.getCurrent().getCurrentView();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            view.refresh();
            assertThat(_findAll(view.report)).extracting(ClinicDayReport::clinicName).contains("Poli KIA/KB");
        });
        ClinicDayReport kia = _findAll(view.report).stream()
                .filter(row -> row.clinicCode().equals("KIA-KB")).findFirst().orElseThrow();
        assertThat(kia.tickets()).isPositive();
        assertThat(kia.umum()).isPositive();
    }

    @Test
    void anAdminSeesTheDaysWhatsAppNotificationsAndWhyOneWasNotSent() {
        // as the queue asks for it; WhatsApp is off in this context, so the sender records why nothing went out
        String ticketId = UUID.randomUUID().toString();
        Callers.asSystem(() -> commandGateway.sendAndWait(new RequestTurnNotificationCommand(
                RequestTurnNotificationCommand.notificationIdOf(ticketId), ticketId, LocalDate.now(clock),
                "A-042", "Poli Umum", "+6281234567890", 2, null)));
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(QueueReportView.class);
        QueueReportView view = (QueueReportView) UI.getCurrent().getCurrentView();

        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            view.refresh();
            assertThat(_findAll(view.notifications))
                    .filteredOn(row -> row.ticketId().equals(ticketId))
                    .singleElement()
                    .extracting(TurnNotificationView::status).isEqualTo(NotificationStatus.FAILED);
        });
        TurnNotificationView row = _findAll(view.notifications).stream()
                .filter(notification -> notification.ticketId().equals(ticketId)).findFirst().orElseThrow();
        assertThat(row.phone()).isEqualTo("+62812****7890");
        assertThat(row.lastError()).isEqualTo("WhatsApp belum dikonfigurasi");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(view.status(row)).isEqualTo("Gagal");
    }
}
