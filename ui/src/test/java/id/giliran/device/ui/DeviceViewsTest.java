package id.giliran.device.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import id.giliran.api.device.DeviceKind;
import id.giliran.api.device.DeviceView;
import id.giliran.api.identity.Role;
import id.giliran.queue.ui.DisplayView;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.queue.ui.KioskView;
import id.giliran.ui.KaribuTest;
import jakarta.servlet.http.Cookie;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** ADMIN registers and revokes kiosks and displays; a browser enrols once; required and revoked devices are refused. */
class DeviceViewsTest extends KaribuTest {

    @Autowired
    DeviceService devices;
    @Autowired
    DeviceSettings settings;

    @AfterEach
    void openKioskAgain() {
        settings.setRequired(false);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    /** ADMIN registers a device in the view; answers the link's code, shown once. */
    private String registerAsAdmin(String name, DeviceKind kind) {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(DevicesView.class);
        DevicesView view = (DevicesView) UI.getCurrent().getCurrentView();
        view.name.setValue(name);
        view.kind.setValue(kind);
        _click(view.register);
        String link = _get(TextField.class, spec -> spec.withId("device-link")).getValue();
        assertThat(link).contains("/perangkat/daftar?kode=");
        assertThat(view.grid.getGenericDataView().getItems().map(DeviceView::name)).contains(name);
        signOut();
        return link.substring(link.indexOf("kode=") + "kode=".length());
    }

    /** Opens the enrolment link in this browser and taps "Daftarkan perangkat ini". */
    private void openLink(String code) {
        UI.getCurrent().navigate("perangkat/daftar", QueryParameters.of("kode", code));
        _click(_get(Button.class, spec -> spec.withId("device-enrol")));
    }

    /** What the browser keeps after the enrolment page set its cookie (the mock request does not carry it by itself). */
    private static Cookie keepCookie() {
        FakeResponse response = (FakeResponse) VaadinServletResponse.getCurrent().getResponse();
        Cookie cookie = response.getCookie(DeviceGate.COOKIE);
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setCookiesInt(new Cookie[] {cookie});
        return cookie;
    }

    private static void forgetCookie() {
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setCookiesInt(new Cookie[0]);
    }

    @Test
    void aBrowserEnrolsOnceWithTheLinkAndKeepsAnHttpOnlyToken() {
        String code = registerAsAdmin("Kios lobi", DeviceKind.KIOSK);

        openLink(code);

        assertThat(text("device-enrol-done")).isEqualTo("Browser ini sekarang terdaftar sebagai Kios lobi (Kios antrean).");
        Cookie cookie = keepCookie();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getMaxAge()).isEqualTo((int) DeviceGate.COOKIE_LIFETIME.toSeconds());
        assertThat(cookie.getValue()).doesNotContain(code);
        DeviceView device = devices.byToken(cookie.getValue()).orElseThrow();
        assertThat(device.name()).isEqualTo("Kios lobi");
        // the event store keeps only keyed hashes of the link's code and of the token
        String stored = context.getBean(EventStore.class).readEvents(device.deviceId()).asStream()
                               .map(event -> event.getPayload().toString()).reduce("", String::concat);
        assertThat(stored).contains("DeviceEnrolledEvent").doesNotContain(cookie.getValue())
                          .doesNotContain(code.substring(code.indexOf('.') + 1));

        forgetCookie();
        openLink(code);
        assertThat(text("device-enrol-refused")).contains("tidak berlaku");
        openLink("00000000-0000-0000-0000-000000000000." + "A".repeat(43));
        assertThat(text("device-enrol-refused")).contains("tidak berlaku");
    }

    @Test
    void whileDevicesAreRequiredOnlyAnEnrolledKioskOrDisplayOpens() {
        String kioskCode = registerAsAdmin("Kios pendaftaran", DeviceKind.KIOSK);
        settings.setRequired(true);

        UI.getCurrent().navigate(KioskView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeviceRefusedView.class);
        assertThat(text("device-refused-why")).isEqualTo(
                "Browser ini belum terdaftar sebagai kios atau layar antrean Puskesmas ini.");
        assertThat(text("device-refused-how")).contains("menu Perangkat", "tautan pendaftaran");
        UI.getCurrent().navigate(DisplayView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeviceRefusedView.class);

        openLink(kioskCode);
        keepCookie();
        UI.getCurrent().navigate(KioskView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KioskView.class);
        // a kiosk is not a display
        UI.getCurrent().navigate(DisplayView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeviceRefusedView.class);

        settings.setRequired(false);
        forgetCookie();
        UI.getCurrent().navigate(KioskView.class);
        assertThat(UI.getCurrent().getCurrentView()).as("the open kiosk of the default").isInstanceOf(KioskView.class);
    }

    @Test
    void aRevokedDisplayIsRefusedAtItsNextPoll() {
        String code = registerAsAdmin("TV ruang tunggu", DeviceKind.DISPLAY);
        openLink(code);
        keepCookie();
        UI.getCurrent().navigate(DisplayView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DisplayView.class);

        revokeAsAdmin("TV ruang tunggu");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeviceRefusedView.class);
        assertThat(text("device-refused")).isEqualTo("Perangkat sudah dicabut");
        assertThat(text("device-refused-why")).isEqualTo("Pendaftaran perangkat ini sudah dicabut oleh admin.");
        UI.getCurrent().navigate(DisplayView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeviceRefusedView.class);
    }

    @Test
    void aRevokedKioskIsRefusedAtItsNextTicketAlsoWhileDevicesAreNotRequired() {
        String code = registerAsAdmin("Kios poli gigi", DeviceKind.KIOSK);
        openLink(code);
        keepCookie();
        UI.getCurrent().navigate(KioskView.class);
        _click(_get(Button.class, spec -> spec.withId("kiosk-general")));
        _click(_get(Button.class, spec -> spec.withId("kiosk-payment-umum")));

        revokeAsAdmin("Kios poli gigi");
        assertThat(settings.required()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("kiosk-clinic-gigi")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeviceRefusedView.class);
        assertThat(text("device-refused-why")).isEqualTo("Pendaftaran perangkat ini sudah dicabut oleh admin.");
    }

    /** ADMIN revokes the device in the view (the browser under test stays the device's). */
    private void revokeAsAdmin(String name) {
        signIn("admin@giliran.id", Role.ADMIN);
        DevicesView view = new DevicesView(devices, settings, context.getBean(GiliranProperties.class),
                context.getBean(java.time.Clock.class));
        DeviceView device = view.grid.getGenericDataView().getItems().filter(candidate -> candidate.name().equals(name))
                                     .findFirst().orElseThrow();
        view.revoke(device);
        assertThat(view.grid.getGenericDataView().getItems().filter(candidate -> candidate.name().equals(name))
                            .findFirst().orElseThrow().revoked()).isTrue();
        signOut();
    }
}
