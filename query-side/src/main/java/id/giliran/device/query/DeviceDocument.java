package id.giliran.device.query;

import id.giliran.api.device.DeviceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A registered device; {@code tokenHash} is the keyed hash of its browser's token, never the token. */
@Document("devices")
record DeviceDocument(@Id String deviceId, String name, DeviceKind kind, Instant registeredAt,
                      String tokenHash, Instant enrolledAt, Instant revokedAt) {
}
