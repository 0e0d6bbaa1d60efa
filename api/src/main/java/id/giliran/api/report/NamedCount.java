package id.giliran.api.report;

/** A count for one clinic or doctor: its code, its name as it is now, and how many. */
public record NamedCount(String code, String name, long count) {
}
