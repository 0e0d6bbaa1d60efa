package id.giliran.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DisplayViewTest extends KaribuTest {

    @Autowired
    KioskService kiosk;

    @BeforeEach
    void emptyQueue() {
        await().pollInSameThread().until(() -> masterData.counters().size() == 2 && masterData.clinics().size() == 5);
        callEveryWaitingTicket();
    }

    private String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theDisplayShowsTheLatestCallPerCounterAndWhoIsNext() {
        TicketView first = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM"));
        TicketView second = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "GIGI"));
        TicketView priority = kiosk.takeTicket(
                new TicketRequest(TicketCategory.PRIORITY, PriorityReason.BALITA, PaymentType.BPJS, "IMUNISASI"));
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        TicketView called = calling.callNext(masterData.counters().get(1)).orElseThrow();
        signOut();
        assertThat(called.number()).isEqualTo(priority.number());

        UI.getCurrent().navigate(DisplayView.class);
        DisplayView display = (DisplayView) UI.getCurrent().getCurrentView();
        await().pollInSameThread().untilAsserted(() -> {
            display.refresh();
            assertThat(text("display-latest-number")).isEqualTo(priority.number());
        });

        assertThat(text("display-latest-counter")).isEqualTo("silakan menuju Loket 2");
        assertThat(text("display-counter-2")).isEqualTo(priority.number());
        assertThat(text("display-next-priority")).isEqualTo("—");
        assertThat(text("display-next-general")).isEqualTo(first.number());
        assertThat(text("display-waiting")).isEqualTo("2 orang");
        assertThat(second.waitingAhead()).isEqualTo(1);
    }

    @Test
    void theDisplayShowsNoNamesOnlyNumbersAndCounters() {
        kiosk.takeTicket(new TicketRequest(TicketCategory.PRIORITY, PriorityReason.LANSIA, PaymentType.UMUM, "UMUM"));
        UI.getCurrent().navigate(DisplayView.class);
        DisplayView display = (DisplayView) UI.getCurrent().getCurrentView();
        display.refresh();

        assertThat(text("display-next-priority")).matches("♿ P-\\d{3}");
        assertThat(display.getElement().getTextRecursively()).doesNotContain("Lansia", "Umum berikutnya—Poli");
    }
}
