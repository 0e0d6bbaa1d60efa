package id.giliran.api.device;

import java.time.Instant;

/**
 * A registered device as ADMIN lists it and as the kiosk and display recognise it (no hashes).
 *
 * @param enrolledAt when a browser opened its link; null while the link is unused
 * @param revokedAt  when ADMIN revoked it; null while it works
 */
public record DeviceView(String deviceId, String name, DeviceKind kind, Instant registeredAt, Instant enrolledAt,
                         Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
