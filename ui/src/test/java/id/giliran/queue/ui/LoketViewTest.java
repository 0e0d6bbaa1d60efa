package id.giliran.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketView;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LoketViewTest extends KaribuTest {

    @Autowired
    KioskService kiosk;

    @BeforeEach
    void openLoket() {
        await().pollInSameThread().until(() -> masterData.counters().size() == 2 && masterData.clinics().size() == 5);
        callEveryWaitingTicket();
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
    }

    @SuppressWarnings("unchecked")
    private void sitAt(int counterNumber) {
        RadioButtonGroup<CounterView> counter = _get(RadioButtonGroup.class, spec -> spec.withId("loket-counter"));
        counter.setValue(masterData.counters().get(counterNumber - 1));
    }

    private Button callNext() {
        return _get(Button.class, spec -> spec.withId("loket-call-next"));
    }

    @Test
    void theCallButtonWaitsForACounter() {
        UI.getCurrent().getSession().setAttribute(LoketView.class.getName() + ".counter", null);
        UI.getCurrent().navigate(LoketView.class);

        assertThat(callNext().isEnabled()).isFalse();
        sitAt(1);
        assertThat(callNext().isEnabled()).isTrue();
    }

    @Test
    void callingTakesPriorityFirstAndShowsItAtTheCounter() {
        TicketView general = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "UMUM"));
        TicketView priority = kiosk.takeTicket(
                new TicketRequest(TicketCategory.PRIORITY, PriorityReason.LANSIA, PaymentType.UMUM, "GIGI"));
        UI.getCurrent().navigate(LoketView.class);
        sitAt(2);
        @SuppressWarnings("unchecked")
        Grid<TicketView> waiting = _get(Grid.class, spec -> spec.withId("loket-waiting"));
        assertThat(_size(waiting)).isEqualTo(2);

        _click(callNext());

        assertThat(_get(Span.class, spec -> spec.withId("loket-current")).getText())
                .isEqualTo("Memanggil " + priority.number() + " (Poli Gigi) ke Loket 2");
        assertThat(_size(waiting)).isEqualTo(1);

        _click(callNext());

        assertThat(_get(Span.class, spec -> spec.withId("loket-current")).getText())
                .isEqualTo("Memanggil " + general.number() + " (Poli Umum) ke Loket 2");
    }

    @Test
    void withNobodyWaitingTheOfficerIsToldSo() {
        UI.getCurrent().navigate(LoketView.class);
        sitAt(1);

        _click(callNext());

        expectNotifications("Tidak ada antrean yang menunggu.");
        assertThat(_get(Span.class, spec -> spec.withId("loket-current")).getText())
                .isEqualTo("Belum ada antrean yang dipanggil.");
    }

    @Test
    void theChosenCounterIsRememberedForTheSession() {
        UI.getCurrent().navigate(LoketView.class);
        sitAt(2);
        UI.getCurrent().navigate(KioskView.class);
        UI.getCurrent().navigate(LoketView.class);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<CounterView> counter = _get(RadioButtonGroup.class, spec -> spec.withId("loket-counter"));
        assertThat(counter.getValue().number()).isEqualTo(2);
    }
}
