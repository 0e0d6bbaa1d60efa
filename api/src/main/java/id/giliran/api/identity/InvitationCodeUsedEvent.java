package id.giliran.api.identity;

import java.time.Instant;

/** An invitation code was used for one student's account (which one is the UserRegisteredEvent after it). */
public record InvitationCodeUsedEvent(String invitationId, Instant usedAt) {
}
