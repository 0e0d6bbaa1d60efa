package id.giliran.api.audit;

import java.time.Instant;

/** A sign-in, a failed sign-in, a lockout or a sign-out. */
public record SecurityEventRecordedEvent(
        SecurityEventKind kind,
        String username,
        String clientAddress,
        Instant at) {
}
