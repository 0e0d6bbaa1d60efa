package id.giliran.api.history;

import java.util.List;

/**
 * A page of the event stream. {@code nextAfter} is the global position to continue after (the last
 * event read, shown or not), null when the range is read to its end; a page may hold fewer events
 * than asked when one page's reading cap was reached first.
 */
public record EventPage(List<TimelineEntry> entries, Long nextAfter) {

    public EventPage {
        entries = List.copyOf(entries);
    }
}
