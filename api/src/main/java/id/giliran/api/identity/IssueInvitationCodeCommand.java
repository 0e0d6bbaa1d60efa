package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * ADMIN issues an invitation code with which students of a school or class open their own SISWA account.
 * The code itself never travels: its keyed hash is the invitation's id.
 *
 * @param label     which school or class it is for, e.g. "SMAN 1 Kelas X-2" (at most {@value #LABEL_MAX} characters)
 * @param expiresAt when it stops working; null: never
 * @param maxUses   how many accounts it opens at most; null: no limit
 */
@Permitted(Role.ADMIN)
public record IssueInvitationCodeCommand(@TargetAggregateIdentifier String invitationId, String label,
                                         Instant expiresAt, Integer maxUses) {

    public static final int LABEL_MAX = 100;
}
