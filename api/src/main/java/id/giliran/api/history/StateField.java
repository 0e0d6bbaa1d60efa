package id.giliran.api.history;

/** One field of an aggregate's state: its value then, its value now (as text, masked as the history masks) and whether it changed. */
public record StateField(String name, String then, String now, boolean changed) {
}
