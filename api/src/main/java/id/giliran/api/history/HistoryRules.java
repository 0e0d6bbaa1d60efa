package id.giliran.api.history;

import java.time.Duration;
import java.time.Instant;

/**
 * What the history refuses, with the stable codes the screens turn into Bahasa Indonesia: a range
 * missing an end, reversed, or wider than {@link #MAX_RANGE_DAYS} days; an instant in the future;
 * a page size outside 1–{@link #MAX_PAGE_SIZE}. The same rules run in the screen (before asking)
 * and in the query handler (whoever asks).
 */
public final class HistoryRules {

    public static final int MAX_RANGE_DAYS = 31;
    public static final int MAX_PAGE_SIZE = 200;

    public static final String RANGE_MISSING = "HISTORY_RANGE_MISSING";
    public static final String RANGE_REVERSED = "HISTORY_RANGE_REVERSED";
    public static final String RANGE_TOO_WIDE = "HISTORY_RANGE_TOO_WIDE";
    public static final String INSTANT_IN_FUTURE = "HISTORY_INSTANT_IN_FUTURE";
    public static final String PAGE_SIZE_INVALID = "HISTORY_PAGE_SIZE_INVALID";
    public static final String RECORD_UNKNOWN = "HISTORY_RECORD_UNKNOWN";
    public static final String INPUT_MISSING = "HISTORY_INPUT_MISSING";

    private HistoryRules() {
    }

    /** Checks a browsing request; answers quietly when it may be read. */
    public static void check(BrowseEventsQuery query) {
        if (query.from() == null || query.to() == null) {
            throw new Refused(RANGE_MISSING);
        }
        if (query.to().isBefore(query.from())) {
            throw new Refused(RANGE_REVERSED);
        }
        if (Duration.between(query.from(), query.to()).compareTo(Duration.ofDays(MAX_RANGE_DAYS)) > 0) {
            throw new Refused(RANGE_TOO_WIDE);
        }
        if (query.pageSize() < 1 || query.pageSize() > MAX_PAGE_SIZE) {
            throw new Refused(PAGE_SIZE_INVALID);
        }
    }

    /** Checks the instant of a "state as of" against the present. */
    public static void checkAsOf(Instant at, Instant now) {
        if (at == null) {
            throw new Refused(INPUT_MISSING);
        }
        if (at.isAfter(now)) {
            throw new Refused(INSTANT_IN_FUTURE);
        }
    }

    /** A request the history refuses; {@link #getMessage()} is the stable code. */
    public static final class Refused extends RuntimeException {

        public Refused(String code) {
            super(code);
        }

        public String code() {
            return getMessage();
        }
    }
}
