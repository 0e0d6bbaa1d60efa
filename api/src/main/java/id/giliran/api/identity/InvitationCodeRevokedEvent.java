package id.giliran.api.identity;

import java.time.Instant;

/** An invitation code was revoked by ADMIN. */
public record InvitationCodeRevokedEvent(String invitationId, Instant revokedAt) {
}
