package id.giliran.api.inbox;

import java.time.Instant;
import java.util.List;

/** A person read inbox messages (an empty list: all they had). */
public record InboxMessagesReadEvent(String username, List<String> messageIds, Instant readAt) {
}
