package id.giliran.api.history;

/** One field of an event or of an aggregate's state, as text ({@code a.b[0].c} for nested values); null when empty. */
public record HistoryField(String name, String value) {
}
