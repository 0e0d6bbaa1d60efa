package id.giliran.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Role;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.ui.ErrorText;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class KioskViewTest extends KaribuTest {

    @BeforeEach
    void openKiosk() {
        // the seeded clinics reach the read model shortly after start
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5);
        callEveryWaitingTicket();
        UI.getCurrent().navigate(KioskView.class);
    }

    private void tap(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    @Test
    void aGeneralPatientTakesATicketForAClinic() {
        tap("kiosk-general");
        tap("kiosk-payment-bpjs");
        tap("kiosk-clinic-gigi");

        String number = _get(Span.class, spec -> spec.withId("kiosk-ticket-number")).getText();
        assertThat(number).matches("B-\\d{3}");
        String ticket = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("kiosk-ticket"))
                .getElement().getTextRecursively();
        assertThat(ticket).contains("Kategori: Umum", "Poli: Poli Gigi", "Pembayaran: BPJS Kesehatan", "Diambil: ");
        assertThat(text("kiosk-ticket-ahead")).isEqualTo("Tidak ada antrean sebelum Anda");
    }

    @Test
    void aPriorityPatientGivesAReasonAndIsNumberedInThePriorityLine() {
        tap("kiosk-priority");
        tap("kiosk-reason-ibu_hamil");
        tap("kiosk-payment-umum");
        tap("kiosk-clinic-kia-kb");

        assertThat(_get(Span.class, spec -> spec.withId("kiosk-ticket-number")).getText()).matches("P-\\d{3}");
        String ticket = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("kiosk-ticket"))
                .getElement().getTextRecursively();
        assertThat(ticket).contains("Kategori: Prioritas — Ibu hamil", "Poli: Poli KIA/KB", "Pembayaran: Umum");
    }

    @Test
    void theTicketSaysHowManyAreAhead() {
        tap("kiosk-general");
        tap("kiosk-payment-umum");
        tap("kiosk-clinic-umum");
        tap("kiosk-done");
        tap("kiosk-general");
        tap("kiosk-payment-umum");
        tap("kiosk-clinic-ugd");

        assertThat(text("kiosk-ticket-ahead")).isEqualTo("1 antrean sebelum Anda");
    }

    @Test
    void backLeadsToThePreviousQuestionAndDoneToTheStart() {
        tap("kiosk-priority");
        assertThat(_find(Button.class, spec -> spec.withId("kiosk-reason-lansia"))).hasSize(1);
        tap("kiosk-back");
        assertThat(_find(Button.class, spec -> spec.withId("kiosk-general"))).hasSize(1);

        tap("kiosk-general");
        tap("kiosk-payment-bpjs");
        tap("kiosk-clinic-imunisasi");
        tap("kiosk-done");
        assertThat(_find(Button.class, spec -> spec.withId("kiosk-priority"))).hasSize(1);
        assertThat(_find(Span.class, spec -> spec.withId("kiosk-ticket-number"))).isEmpty();
    }

    @Test
    void anUnknownClinicIsRefusedAndNothingIsIssued() {
        KioskService kiosk = context.getBean(KioskService.class);

        assertThatThrownBy(() -> kiosk.takeTicket(
                new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS, "POLI-JANTUNG")))
                .isInstanceOfSatisfying(ErrorText.UserError.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.CLINIC_UNKNOWN));
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        assertThat(calling.waiting(10)).isEmpty();
    }

    @Test
    void anIdleKioskReturnsToItsStartScreen() {
        tap("kiosk-general");
        tap("kiosk-payment-bpjs");
        tap("kiosk-clinic-umum");
        assertThat(_find(Span.class, spec -> spec.withId("kiosk-ticket-number"))).hasSize(1);

        ((KioskView) UI.getCurrent().getCurrentView()).idle();

        assertThat(_find(Span.class, spec -> spec.withId("kiosk-ticket-number"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("kiosk-priority"))).hasSize(1);
    }

    @Test
    void everyClinicIsOfferedWithItsLetter() {
        tap("kiosk-general");
        tap("kiosk-payment-bpjs");

        assertThat(_find(Button.class, spec -> spec.withClasses("giliran-kiosk-choice")))
                .extracting(button -> button.getElement().getTextRecursively())
                .containsExactly("Poli UmumNomor A", "Poli GigiNomor B", "Poli KIA/KBNomor C",
                        "Poli ImunisasiNomor D", "UGDNomor E");
        assertThat(_find(Paragraph.class, spec -> spec.withText("Belum ada poli yang dibuka. Silakan hubungi petugas.")))
                .isEmpty();
    }
}
