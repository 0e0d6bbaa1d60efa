package id.giliran.queue.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.ui.ErrorText.UserError;

import java.time.Duration;

/** The kiosk reached its rate limit: nothing was issued; the next one is allowed after {@code retryAfter}. */
public class KioskBusy extends UserError {

    private final Duration retryAfter;

    KioskBusy(Duration retryAfter) {
        super(ErrorCode.KIOSK_BUSY, "the kiosk's rate limit is reached");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, at least one, as the kiosk says it. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
