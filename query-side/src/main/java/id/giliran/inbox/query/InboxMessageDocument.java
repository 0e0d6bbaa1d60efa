package id.giliran.inbox.query;

import id.giliran.api.identity.Role;
import id.giliran.api.inbox.InboxMessageView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One notice in an inbox: to one person ({@code username}) or to everyone with {@code role}.
 * {@code readBy} holds who has read it, so a message to a role is read or unread per person.
 * {@code subject} is the student whose counseling the body tells of: then the body is stored sealed
 * with that student's key (or as the erased mark), and {@link #toView} opens it.
 */
@Document("inbox_messages")
record InboxMessageDocument(@Id String messageId, String username, Role role, String title, String body,
                            String link, Instant at, Set<String> readBy, String subject) {

    InboxMessageView toView(String reader, UnaryOperator<String> open) {
        return new InboxMessageView(messageId, title, open.apply(body), link, at,
                readBy != null && readBy.contains(reader));
    }
}
