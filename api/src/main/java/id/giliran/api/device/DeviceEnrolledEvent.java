package id.giliran.api.device;

import java.time.Instant;

/** A browser became the device; from now on it is recognised by the token whose keyed hash this is. */
public record DeviceEnrolledEvent(String deviceId, String tokenHash, Instant enrolledAt) {
}
