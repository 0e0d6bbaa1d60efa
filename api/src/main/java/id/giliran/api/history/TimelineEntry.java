package id.giliran.api.history;

import java.time.Instant;
import java.util.List;

/**
 * One event as the history shows it: where it stands ({@code sequence} in its aggregate, {@code position}
 * in the whole stream when read from it, else null), its type (the event's simple class name), when,
 * who and from where (its metadata), the command that caused it (null for events older than that
 * record, or not caused by a command) and its fields, personal ones masked by {@link PersonalFields}.
 */
public record TimelineEntry(String aggregateId, String aggregateType, long sequence, Long position,
                            String eventType, Instant at, String username, String roles, String clientAddress,
                            String command, List<HistoryField> fields) {

    /** The metadata key under which each event carries the simple name of the command that caused it. */
    public static final String COMMAND = "command";

    public TimelineEntry {
        fields = List.copyOf(fields);
    }

    /** The text of a field, or null. */
    public String field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).map(HistoryField::value).findFirst()
                     .orElse(null);
    }
}
