package id.giliran.api.inbox;

import java.time.Instant;

/**
 * A message in a person's in-app inbox.
 *
 * @param link the route of the screen it is about (e.g. {@code konseling/janji-saya}), or null
 */
public record InboxMessageView(String messageId, String title, String body, String link, Instant at, boolean read) {
}
