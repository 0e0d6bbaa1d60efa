package id.giliran.api.device;

import java.time.Instant;

/** A kiosk or display was registered; it is enrolled once a browser opens its one-time link. */
public record DeviceRegisteredEvent(String deviceId, String name, DeviceKind kind, String enrolmentCodeHash,
                                    Instant registeredAt) {
}
