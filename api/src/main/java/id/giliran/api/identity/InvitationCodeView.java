package id.giliran.api.identity;

import java.time.Instant;

/** An invitation code as ADMIN lists it (never the code itself, which was shown once when issued). */
public record InvitationCodeView(String invitationId, String label, Instant issuedAt, Instant expiresAt,
                                 Integer maxUses, int uses, boolean revoked) {
}
