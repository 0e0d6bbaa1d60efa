package id.giliran.queue.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.ClinicDayReport;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class QueueReportViewTest extends KaribuTest {

    @Autowired
    KioskService kiosk;

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
}
