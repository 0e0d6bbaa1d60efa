package id.giliran.api.masterdata;

/** The registered counters by number; answered with a list of {@link CounterView}. */
public record FindCountersQuery() {
}
