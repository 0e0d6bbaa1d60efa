package id.giliran.api.identity;

import java.time.Instant;

/** An invitation code for students was issued; its id is the code's keyed hash, never the code. */
public record InvitationCodeIssuedEvent(String invitationId, String label, Instant expiresAt, Integer maxUses,
                                        Instant issuedAt) {
}
