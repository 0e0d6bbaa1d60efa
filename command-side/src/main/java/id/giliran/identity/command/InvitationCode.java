package id.giliran.identity.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.InvitationCodeIssuedEvent;
import id.giliran.api.identity.InvitationCodeRevokedEvent;
import id.giliran.api.identity.InvitationCodeUsedEvent;
import id.giliran.api.identity.IssueInvitationCodeCommand;
import id.giliran.api.identity.RevokeInvitationCodeCommand;
import id.giliran.api.identity.UseInvitationCodeCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An invitation code with which students of a school or class open their own SISWA account, identified
 * by the code's keyed hash (the code is never stored): it counts its uses, so a code for 30 uses opens
 * 30 accounts also when many students register at the same moment.
 */
@Aggregate
public class InvitationCode {

    @AggregateIdentifier
    private String invitationId;
    private Instant expiresAt;
    private Integer maxUses;
    private int uses;
    private boolean revoked;

    protected InvitationCode() {
        // for Axon
    }

    @CommandHandler
    public InvitationCode(IssueInvitationCodeCommand command, Clock clock) {
        if (command.invitationId() == null || command.invitationId().isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "an invitation needs its code's hash");
        }
        if (command.label() == null || command.label().isBlank()
                || command.label().strip().length() > IssueInvitationCodeCommand.LABEL_MAX) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "an invitation needs a label of at most 100 characters");
        }
        if (command.maxUses() != null && command.maxUses() < 1) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "an invitation opens at least one account");
        }
        Instant now = clock.instant();
        if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "an invitation expires in the future");
        }
        apply(new InvitationCodeIssuedEvent(command.invitationId(), command.label().strip(), command.expiresAt(),
                command.maxUses(), now));
    }

    @CommandHandler
    public void handle(UseInvitationCodeCommand command, Clock clock) {
        Instant now = clock.instant();
        if (revoked) {
            throw new BusinessRuleViolation(ErrorCode.INVITATION_CODE_REVOKED, "the invitation code was revoked");
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw new BusinessRuleViolation(ErrorCode.INVITATION_CODE_EXPIRED, "the invitation code has expired");
        }
        if (maxUses != null && uses >= maxUses) {
            throw new BusinessRuleViolation(ErrorCode.INVITATION_CODE_USED_UP, "the invitation code is used up");
        }
        apply(new InvitationCodeUsedEvent(invitationId, now));
    }

    @CommandHandler
    public void handle(RevokeInvitationCodeCommand command, Clock clock) {
        if (!revoked) {
            apply(new InvitationCodeRevokedEvent(invitationId, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(InvitationCodeIssuedEvent event) {
        invitationId = event.invitationId();
        expiresAt = event.expiresAt();
        maxUses = event.maxUses();
    }

    @EventSourcingHandler
    void on(InvitationCodeUsedEvent event) {
        uses++;
    }

    @EventSourcingHandler
    void on(InvitationCodeRevokedEvent event) {
        revoked = true;
    }
}
