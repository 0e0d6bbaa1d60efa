package id.giliran.queue.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.device.DeviceKind;
import id.giliran.device.ui.DeviceGate;
import id.giliran.device.ui.DeviceService;
import id.giliran.infrastructure.RateLimits;
import jakarta.servlet.http.Cookie;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.ConfigureClinicCommand;
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

    /** This class's own enrolled kiosk: its tickets count under its device, not the address other tests share. */
    private static String kioskToken;

    @BeforeEach
    void openKiosk() {
        // the seeded clinics reach the read model shortly after start
        await().pollInSameThread().until(() -> masterData.clinics().size() == 5);
        callEveryWaitingTicket();
        if (kioskToken == null) {
            kioskToken = enrolKiosk("Kios uji tampilan");
        }
        useKiosk(kioskToken);
        UI.getCurrent().navigate(KioskView.class);
    }

    private String enrolKiosk(String name) {
        signIn("admin@giliran.id", Role.ADMIN);
        DeviceService devices = context.getBean(DeviceService.class);
        String code = devices.register(name, DeviceKind.KIOSK);
        signOut();
        return devices.enrol(code).token();
    }

    private static void useKiosk(String token) {
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest())
                .setCookiesInt(new Cookie[] {new Cookie(DeviceGate.COOKIE, token)});
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

        assertThat(text("kiosk-ticket-ahead")).matches("1 antrean sebelum Anda · perkiraan menunggu ± \\d+ menit");
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
    void aClinicShowsItsQuotaLeftAndAFullClinicTakesNoMoreTickets() {
        KioskService kiosk = context.getBean(KioskService.class);
        signIn("admin@giliran.id", Role.ADMIN);
        try {
            long today = issuedToday("IMUNISASI");
            masterData.configureClinic(new ConfigureClinicCommand("IMUNISASI", "Poli Imunisasi", "", (int) today + 1,
                    true, 4));
            await().pollInSameThread().until(() -> quotaOf("IMUNISASI") == today + 1);
            signOut();
            UI.getCurrent().navigate(KioskView.class);
            tap("kiosk-general");
            tap("kiosk-payment-bpjs");
            assertThat(_get(Button.class, spec -> spec.withId("kiosk-clinic-imunisasi")).getElement().getTextRecursively())
                    .isEqualTo("Poli ImunisasiNomor D · Sisa kuota 1");
            tap("kiosk-clinic-imunisasi");
            tap("kiosk-done");
            tap("kiosk-general");
            tap("kiosk-payment-bpjs");
            Button full = _get(Button.class, spec -> spec.withId("kiosk-clinic-imunisasi"));
            assertThat(full.isEnabled()).isFalse();
            assertThat(full.getElement().getTextRecursively()).endsWith("Kuota habis");

            // a kiosk that still shows the old quota is refused by the clinic itself
            assertThatThrownBy(() -> kiosk.takeTicket(
                    new TicketRequest(TicketCategory.PRIORITY, id.giliran.api.queue.PriorityReason.BALITA,
                            PaymentType.BPJS, "IMUNISASI")))
                    .satisfies(refusal -> assertThat(ErrorText.codeOf(refusal)).contains(ErrorCode.CLINIC_FULL));
        } finally {
            signIn("admin@giliran.id", Role.ADMIN);
            masterData.configureClinic(new ConfigureClinicCommand("IMUNISASI", "Poli Imunisasi", "", 0, true, 4));
            await().pollInSameThread().until(() -> quotaOf("IMUNISASI") == 0);
            signOut();
        }
    }

    @Test
    void outsideServiceHoursTheKioskIsClosedAndIssuesNothing() {
        var configuration = context.getBean(QueueConfigurationService.class);
        var clock = context.getBean(java.time.Clock.class);
        java.time.LocalTime now = java.time.LocalTime.now(clock);
        java.time.LocalTime opens = now.isBefore(java.time.LocalTime.of(21, 0)) ? now.plusHours(2).withSecond(0).withNano(0)
                : java.time.LocalTime.of(0, 10);
        signIn("admin@giliran.id", Role.ADMIN);
        try {
            configuration.configure(id.giliran.api.queue.PriorityRatio.DEFAULT, true, "", opens, opens.plusMinutes(30),
                    java.util.List.of());
            await().pollInSameThread().until(() -> configuration.settings().opensAt() != null);
            signOut();
            UI.getCurrent().navigate(DisplayView.class);
            UI.getCurrent().navigate(KioskView.class);

            assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("kiosk-closed")).getText())
                    .isEqualTo("Pendaftaran antrean sedang tutup.");
            assertThat(_find(Button.class, spec -> spec.withId("kiosk-general"))).isEmpty();
            KioskService kiosk = context.getBean(KioskService.class);
            assertThatThrownBy(() -> kiosk.takeTicket(new TicketRequest(TicketCategory.GENERAL, null, PaymentType.BPJS,
                    "UMUM"))).satisfies(refusal -> assertThat(ErrorText.codeOf(refusal)).contains(ErrorCode.SERVICE_CLOSED));
        } finally {
            signIn("admin@giliran.id", Role.ADMIN);
            configuration.configure(id.giliran.api.queue.PriorityRatio.DEFAULT, true, "", null, null, java.util.List.of());
            await().pollInSameThread().until(() -> configuration.settings().opensAt() == null);
            signOut();
        }
    }

    private long quotaOf(String clinicCode) {
        return masterData.clinics().stream().filter(clinic -> clinic.clinicCode().equals(clinicCode)).findFirst()
                         .orElseThrow().dailyQuota();
    }

    private long issuedToday(String clinicCode) {
        var queries = context.getBean(org.axonframework.queryhandling.QueryGateway.class);
        var today = java.time.LocalDate.now(context.getBean(java.time.Clock.class));
        return queries.query(new id.giliran.api.queue.FindClinicTicketCountsQuery(today),
                        org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf(
                                id.giliran.api.queue.ClinicTicketCount.class)).join().stream()
                      .filter(count -> count.clinicCode().equals(clinicCode))
                      .mapToLong(id.giliran.api.queue.ClinicTicketCount::issued).sum();
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

    /** An enrolled kiosk of its own whose {@code limit} is used up, so the other tests' kiosk keeps its limit. */
    private void openKioskAtItsLimit(String name, String limit) {
        String token = enrolKiosk(name);
        useKiosk(token);
        String deviceId = context.getBean(DeviceService.class).byToken(token).orElseThrow().deviceId();
        RateLimits limits = context.getBean(RateLimits.class);
        while (limits.tryAcquire(limit, "device:" + deviceId).allowed()) {
            // drain this kiosk's bucket
        }
        UI.getCurrent().navigate(KioskView.class);
    }

    @Test
    void aKioskAtItsRateLimitAsksToWaitAndIssuesNothing() {
        openKioskAtItsLimit("Kios uji batas", RateLimits.KIOSK_TICKETS);

        tap("kiosk-general");
        tap("kiosk-payment-bpjs");
        tap("kiosk-clinic-umum");

        assertThat(text("kiosk-busy")).isEqualTo("Mohon tunggu sebentar…");
        assertThat(text("kiosk-busy-when")).matches(
                "Kios ini baru saja mengeluarkan banyak nomor antrean\\. Silakan coba lagi dalam \\d+ detik\\. "
                        + "Belum ada nomor yang diambil\\.");
        assertThat(_find(Span.class, spec -> spec.withId("kiosk-ticket-number"))).isEmpty();
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        assertThat(calling.waiting(10)).isEmpty();
        signOut();
        tap("kiosk-back");
        assertThat(_find(Button.class, spec -> spec.withId("kiosk-general"))).hasSize(1);
    }

    @Test
    void aKioskAtItsBookingCodeLimitAsksToWaitBeforeLookingUpAnotherCode() {
        openKioskAtItsLimit("Kios uji kode", RateLimits.KIOSK_BOOKING_CODES);

        tap("kiosk-arrival");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("kiosk-booking-code"))
                .setValue("K7M2 Q9XA");
        tap("kiosk-booking-find");

        assertThat(text("kiosk-busy")).isEqualTo("Mohon tunggu sebentar…");
        assertThat(text("kiosk-busy-when")).contains("coba lagi dalam");
    }
}
