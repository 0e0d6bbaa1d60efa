package id.giliran.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityRatio;
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

    @Autowired
    QueueConfigurationService configuration;

    @org.junit.jupiter.api.AfterEach
    void defaultRatio() {
        signIn("admin@giliran.id", Role.ADMIN);
        configuration.configure(PriorityRatio.DEFAULT, true, "", null, null, java.util.List.of());
    }

    private void priorityAlwaysFirst() {
        signIn("admin@giliran.id", Role.ADMIN);
        configuration.configure(new PriorityRatio(1, 0), true, "", null, null, java.util.List.of());
        await().pollInSameThread().until(() -> configuration.settings().ratio().general() == 0);
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
    }

    @Test
    void callingTakesPriorityFirstAndShowsItAtTheCounter() {
        priorityAlwaysFirst();
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
    void theOfficerRecallsSkipsCallsBackServesAndFinishes() {
        priorityAlwaysFirst();
        TicketView absent = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "GIGI"));
        TicketView present = kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.UMUM, "UGD"));
        UI.getCurrent().navigate(LoketView.class);
        sitAt(1);
        LoketView view = (LoketView) UI.getCurrent().getCurrentView();
        Span current = _get(Span.class, spec -> spec.withId("loket-current"));

        _click(callNext());
        assertThat(current.getText()).isEqualTo("Memanggil " + absent.number() + " (Poli Gigi) ke Loket 1");
        assertThat(view.finish.isEnabled()).isFalse();
        _click(view.recall);
        expectNotifications(absent.number() + " dipanggil ulang.");
        _click(view.skip);
        assertThat(current.getText()).isEqualTo(absent.number() + " (Poli Gigi) tidak hadir; masuk daftar terlewat");
        assertThat(_size(view.skipped)).isEqualTo(1);

        _click(callNext());
        assertThat(current.getText()).isEqualTo("Memanggil " + present.number() + " (UGD) ke Loket 1");
        _click(view.serve);
        assertThat(current.getText()).isEqualTo("Sedang melayani " + present.number() + " (UGD) di Loket 1");
        assertThat(view.recall.isEnabled()).isFalse();
        _click(view.finish);
        assertThat(current.getText())
                .isEqualTo(present.number() + " (UGD) selesai di loket; diteruskan ke pendaftaran");

        // the absent patient turns up: called back from the skipped list
        Button callBack = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.skipped, 0,
                "call");
        _click(callBack);
        assertThat(current.getText()).isEqualTo("Memanggil " + absent.number() + " (Poli Gigi) ke Loket 1");
        assertThat(_size(view.skipped)).isZero();
    }

    @Test
    void theWaitingListFollowsTheKioskLive() {
        UI.getCurrent().navigate(LoketView.class);
        sitAt(1);
        LoketView view = (LoketView) UI.getCurrent().getCurrentView();
        int before = _size(view.waiting);

        // a patient takes a ticket at the kiosk: nobody touches the counter's screen
        kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "IMUNISASI"));

        await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
            assertThat(_size(view.waiting)).isEqualTo(before + 1);
        });
    }

    @Test
    void withNobodyWaitingTheOfficerIsToldSo() {
        UI.getCurrent().navigate(LoketView.class);
        sitAt(1);

        _click(callNext());

        expectNotifications("Tidak ada antrean yang menunggu.");
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
