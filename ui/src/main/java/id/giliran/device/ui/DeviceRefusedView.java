package id.giliran.device.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.giliran.api.common.ErrorCode;
import id.giliran.ui.ErrorText;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an unregistered browser (while devices are required) or a revoked device sees instead of the kiosk or the
 * display: why, and how a device is enrolled. Full screen, no login, nothing about the device itself.
 */
@Route(value = "perangkat/ditolak", autoLayout = false)
@AnonymousAllowed
public class DeviceRefusedView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final Set<ErrorCode> REFUSALS = EnumSet.of(ErrorCode.DEVICE_NOT_REGISTERED, ErrorCode.DEVICE_REVOKED);

    private final H1 heading = new H1();
    private final Paragraph why = new Paragraph();
    private final Paragraph how = new Paragraph();

    public DeviceRefusedView() {
        addClassName("giliran-kiosk");
        heading.setId("device-refused");
        why.setId("device-refused-why");
        how.setId("device-refused-how");
        add(heading, why, how);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String reason) {
        ErrorCode refusal = ErrorCode.DEVICE_REVOKED.name().equals(reason)
                ? ErrorCode.DEVICE_REVOKED : ErrorCode.DEVICE_NOT_REGISTERED;
        heading.setText(getTranslation(refusal == ErrorCode.DEVICE_REVOKED ? "device.refused.title.revoked"
                : "device.refused.title"));
        why.setText(getTranslation("error." + refusal.name()));
        how.setText(getTranslation("device.refused.how"));
    }

    /**
     * If {@code failure} says the browser may not be the kiosk or display, shows this page instead of the current
     * one and answers true.
     */
    public static boolean showIfRefused(Throwable failure) {
        Optional<ErrorCode> code = ErrorText.codeOf(failure).filter(REFUSALS::contains);
        code.ifPresent(refusal -> UI.getCurrent().navigate(DeviceRefusedView.class, refusal.name()));
        return code.isPresent();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device.refused.title");
    }
}
