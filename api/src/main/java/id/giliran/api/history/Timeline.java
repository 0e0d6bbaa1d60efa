package id.giliran.api.history;

import java.util.List;

/** Every event of one aggregate (or of one record inside it, see {@link RecordRef#focusId()}), oldest first. */
public record Timeline(String aggregateId, String aggregateType, String focusId, List<TimelineEntry> entries) {

    public Timeline {
        entries = List.copyOf(entries);
    }
}
