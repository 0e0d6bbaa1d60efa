package id.giliran.device.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the kiosk and the TV display open only in browsers ADMIN enrolled as devices
 * ({@code giliran.devices.required}, env {@code GILIRAN_DEVICES_REQUIRED}, default false: the embedded default
 * and a new installation keep an open kiosk). Read at every request, so a change takes effect at once.
 */
@Component
public class DeviceSettings {

    private volatile boolean required;

    DeviceSettings(@Value("${giliran.devices.required:false}") boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** Changes the setting while the application runs (tests flip it and put it back). */
    public void setRequired(boolean required) {
        this.required = required;
    }
}
