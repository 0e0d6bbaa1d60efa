package id.giliran.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import id.giliran.api.device.DeviceKind;
import id.giliran.api.device.EnrolDeviceCommand;
import id.giliran.api.device.DeviceView;
import id.giliran.infrastructure.GiliranProperties;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * ADMIN: the kiosks and TV displays registered as devices. Registering one shows its one-time enrolment link once
 * (to open on that device's browser); revoking one refuses its browser from its next request on. Whether the kiosk
 * and display open only on registered devices is {@code giliran.devices.required} (shown here, set by deployment).
 */
@Route("admin/perangkat")
@Menu(title = "menu.devices", order = 12.5)
@RolesAllowed("ADMIN")
public class DevicesView extends VerticalLayout implements HasDynamicTitle {

    private final DeviceService devices;
    private final ZoneId zone;
    private final Clock clock;
    final TextField name = new TextField();
    final RadioButtonGroup<DeviceKind> kind = new RadioButtonGroup<>();
    final Button register = new Button();
    final Grid<DeviceView> grid = new Grid<>();
    /** The link of the device registered last, while its dialog is open (shown once, never again). */
    String lastLink;

    public DevicesView(DeviceService devices, DeviceSettings settings, GiliranProperties properties, Clock clock) {
        this.devices = devices;
        this.clock = clock;
        this.zone = properties.zone();
        name.setId("device-name");
        name.setLabel(getTranslation("devices.name"));
        name.setMaxLength(60);
        name.setPlaceholder(getTranslation("devices.name.placeholder"));
        kind.setId("device-kind");
        kind.setLabel(getTranslation("devices.kind"));
        kind.setItems(DeviceKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("device.kind." + value.name()));
        kind.setValue(DeviceKind.KIOSK);
        register.setId("device-register");
        register.setText(getTranslation("devices.register"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> register());

        grid.setId("devices-grid");
        grid.addColumn(DeviceView::name).setHeader(getTranslation("devices.name"));
        grid.addColumn(device -> getTranslation("device.kind." + device.kind().name()))
            .setHeader(getTranslation("devices.kind"));
        grid.addColumn(device -> at(device.registeredAt())).setHeader(getTranslation("devices.registered"));
        grid.addColumn(this::status).setHeader(getTranslation("devices.status"));
        grid.addComponentColumn(device -> {
            Button revoke = new Button(getTranslation("devices.revoke"), click -> confirmRevoke(device));
            revoke.setId("device-revoke-" + device.deviceId());
            revoke.setEnabled(!device.revoked());
            return revoke;
        }).setKey("revoke");
        grid.setAllRowsVisible(true);

        Paragraph mode = new Paragraph(getTranslation(settings.required() ? "devices.required.on" : "devices.required.off"));
        mode.setId("devices-required");
        HorizontalLayout form = new HorizontalLayout(name, kind, register);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("devices.title")), mode, form, grid);
        refresh();
    }

    void register() {
        String code;
        try {
            code = devices.register(name.getValue(), kind.getValue());
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
            return;
        }
        lastLink = link(code);
        TextField link = new TextField(getTranslation("devices.link"));
        link.setId("device-link");
        link.setValue(lastLink);
        link.setReadOnly(true);
        link.setWidthFull();
        Dialog dialog = new Dialog(getTranslation("devices.link.title", name.getValue().strip()));
        dialog.setWidth("min(48rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("devices.link.once")), link);
        dialog.getFooter().add(new Button(getTranslation("devices.link.close"), click -> {
            lastLink = null;
            dialog.close();
        }));
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
        name.clear();
        refresh();
    }

    private void confirmRevoke(DeviceView device) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("device-revoke-confirm");
        dialog.setHeader(getTranslation("devices.revoke.title", device.name()));
        dialog.setText(getTranslation("devices.revoke.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("users.cancel"));
        dialog.setConfirmText(getTranslation("devices.revoke"));
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.addConfirmListener(confirmed -> revoke(device));
        dialog.open();
    }

    void revoke(DeviceView device) {
        try {
            devices.revoke(device.deviceId());
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(devices.devices());
    }

    private String status(DeviceView device) {
        if (device.revoked()) {
            return getTranslation("devices.status.revoked", at(device.revokedAt()));
        }
        if (device.enrolledAt() == null) {
            boolean expired = clock.instant().isAfter(device.registeredAt().plus(EnrolDeviceCommand.LINK_VALID_FOR));
            return getTranslation(expired ? "devices.status.expired" : "devices.status.waiting");
        }
        return getTranslation("devices.status.enrolled", at(device.enrolledAt()));
    }

    private String at(Instant instant) {
        return Formats.date(instant.atZone(zone).toLocalDate()) + ", " + Formats.time(instant, zone);
    }

    /** The full enrolment link at the address the admin uses Giliran at (behind the proxy: the public one). */
    private static String link(String code) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        String path = "/" + DeviceService.ENROL_ROUTE;
        if (request == null) {
            return path + "?kode=" + code;
        }
        return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).path(path)
                                          .queryParam("kode", code).toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devices.title");
    }
}
