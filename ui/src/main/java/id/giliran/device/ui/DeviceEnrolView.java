package id.giliran.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.giliran.api.device.DeviceKind;
import id.giliran.ui.ErrorText;

import java.util.List;

/**
 * The one-time enrolment link ADMIN got for a kiosk or display ({@code perangkat/daftar?kode=...}): opened on that
 * device's browser, one tap makes the browser the device (a cookie keeps its token) and leads to the kiosk or the
 * display. The tap (not the opening) uses the link, so a link preview in a chat cannot use it up.
 */
@Route(value = DeviceService.ENROL_ROUTE, autoLayout = false)
@AnonymousAllowed
public class DeviceEnrolView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DeviceService devices;
    private final DeviceGate gate;
    private final Div step = new Div();
    private String code;

    public DeviceEnrolView(DeviceService devices, DeviceGate gate) {
        this.devices = devices;
        this.gate = gate;
        addClassName("giliran-kiosk");
        step.addClassName("giliran-kiosk-step");
        add(new H1(getTranslation("device.enrol.title")), step);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getLocation().getQueryParameters().getParameters().getOrDefault("kode", List.of()).stream()
                    .findFirst().orElse("");
        step.removeAll();
        Button enrol = new Button(getTranslation("device.enrol.confirm"), click -> enrol());
        enrol.setId("device-enrol");
        enrol.addClassName("giliran-kiosk-choice");
        enrol.setDisableOnClick(true);
        step.add(new Paragraph(getTranslation("device.enrol.question")), enrol);
    }

    void enrol() {
        DeviceService.Enrolled enrolled;
        try {
            enrolled = devices.enrol(code);
        } catch (RuntimeException failure) {
            step.removeAll();
            Paragraph refused = new Paragraph(ErrorText.of(this, failure));
            refused.setId("device-enrol-refused");
            step.add(refused);
            return;
        }
        gate.keep(enrolled.token());
        boolean kiosk = enrolled.device().kind() == DeviceKind.KIOSK;
        Paragraph done = new Paragraph(getTranslation("device.enrol.done", enrolled.device().name(),
                getTranslation("device.kind." + enrolled.device().kind().name())));
        done.setId("device-enrol-done");
        Anchor open = new Anchor(kiosk ? "kiosk" : "display",
                getTranslation(kiosk ? "device.enrol.open.kiosk" : "device.enrol.open.display"));
        open.setId("device-enrol-open");
        open.addClassName("giliran-kiosk-choice");
        step.removeAll();
        step.add(done, open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device.enrol.title");
    }
}
