package id.giliran.audit.ui;

import id.giliran.api.audit.FindAuditEntriesQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A filter of the audit trail as a person reads it, printed on exports and kept with the export's entry. */
final class AuditFilterText {

    private AuditFilterText() {
    }

    static String of(FindAuditEntriesQuery filter, Function<String, String> translate) {
        List<String> parts = new ArrayList<>();
        if (filter.kind() != null) {
            parts.add(translate.apply("audit.filter.kind") + ": " + translate.apply("audit.kind." + filter.kind().name()));
        }
        add(parts, translate.apply("audit.filter.user"), filter.username());
        add(parts, translate.apply("audit.filter.action"), filter.action());
        add(parts, translate.apply("audit.filter.aggregate"), filter.aggregateId());
        if (filter.from() != null || filter.to() != null) {
            parts.add(translate.apply("audit.filter.period") + ": " + (filter.from() == null ? "…" : filter.from())
                    + " – " + (filter.to() == null ? "…" : filter.to()));
        }
        return parts.isEmpty() ? translate.apply("audit.filter.none") : String.join("; ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + ": " + value.strip());
        }
    }
}
