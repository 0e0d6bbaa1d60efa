package id.giliran.api.queue;

import java.time.LocalDate;

/** Identifiers of queue lines: one line per ticket prefix per service day. */
public final class QueueLines {

    private QueueLines() {
    }

    public static String lineId(String prefix, LocalDate serviceDate) {
        return prefix + "@" + serviceDate;
    }
}
