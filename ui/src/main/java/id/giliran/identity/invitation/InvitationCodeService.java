package id.giliran.identity.invitation;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.FindInvitationCodesQuery;
import id.giliran.api.identity.InvitationCodeView;
import id.giliran.api.identity.IssueInvitationCodeCommand;
import id.giliran.api.identity.RevokeInvitationCodeCommand;
import id.giliran.api.identity.UseInvitationCodeCommand;
import id.giliran.privacy.KeyedHashes;
import id.giliran.ui.ErrorText;
import id.giliran.ui.ErrorText.UserError;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Invitation codes with which students open their own SISWA account: ADMIN issues one per school or
 * class (shown once: only its keyed hash is kept, as the invitation's id), lists and revokes them;
 * a student's registration uses one.
 */
@Service
public class InvitationCodeService {

    /** No 0/O, 1/I: read from a board or a letter and typed by hand. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final KeyedHashes hashes;
    private final Clock clock;

    InvitationCodeService(CommandGateway commands, QueryGateway queries, KeyedHashes hashes, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.hashes = hashes;
        this.clock = clock;
    }

    /** The id of the invitation a typed code stands for; case, spaces and dashes do not matter. */
    String idOf(String code) {
        String typed = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return hashes.invitationCode(typed);
    }

    /**
     * Issues a new code and answers it, to be shown once.
     *
     * @param lastDay the last day it works (in the facility's time zone); null: no end
     * @param maxUses how many accounts it opens; null: no limit
     */
    public String issue(String label, LocalDate lastDay, Integer maxUses) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant expiresAt = lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        commands.sendAndWait(new IssueInvitationCodeCommand(idOf(code.toString()), label, expiresAt, maxUses));
        return code.toString();
    }

    /** Issues a code chosen by the application itself (the demo code), unless it exists already. */
    void issueKnown(String code, String label) {
        commands.sendAndWait(new IssueInvitationCodeCommand(idOf(code), label, null, null));
    }

    public List<InvitationCodeView> codes() {
        return queries.query(new FindInvitationCodesQuery(),
                ResponseTypes.multipleInstancesOf(InvitationCodeView.class)).join();
    }

    public void revoke(String invitationId) {
        commands.sendAndWait(new RevokeInvitationCodeCommand(invitationId));
    }

    /** A student's registration uses the code once; refused (nothing used) when it is unknown, revoked, expired or used up. */
    public void use(String code) {
        if (code == null || code.isBlank()) {
            throw new UserError(ErrorCode.INVITATION_CODE_UNKNOWN, "no invitation code");
        }
        try {
            commands.sendAndWait(new UseInvitationCodeCommand(idOf(code)));
        } catch (RuntimeException refused) {
            if (ErrorText.codeOf(refused).isPresent()) {
                throw refused;
            }
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                if (cause instanceof AggregateNotFoundException) {
                    throw new UserError(ErrorCode.INVITATION_CODE_UNKNOWN, "no such invitation code");
                }
            }
            throw refused;
        }
    }
}
