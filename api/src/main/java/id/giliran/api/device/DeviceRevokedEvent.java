package id.giliran.api.device;

import java.time.Instant;

public record DeviceRevokedEvent(String deviceId, Instant revokedAt) {
}
