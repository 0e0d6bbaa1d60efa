package id.giliran.api.queue;

import java.time.LocalDate;

/** The queue of a service day changed. */
public record QueueChanged(LocalDate serviceDate) {
}
