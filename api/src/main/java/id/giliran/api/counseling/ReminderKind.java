package id.giliran.api.counseling;

import java.time.Duration;

/** The reminders of a confirmed session, each due this long before it starts. */
public enum ReminderKind {
    DAY_BEFORE(Duration.ofHours(24)),
    HOUR_BEFORE(Duration.ofHours(1));

    private final Duration before;

    ReminderKind(Duration before) {
        this.before = before;
    }

    public Duration before() {
        return before;
    }
}
