package id.giliran.api.queue;

import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;

import java.time.LocalDate;

/**
 * A subscription query that tells the counters whenever the queue of a service day changed (a
 * ticket taken, called, skipped, served or finished); initial result and updates are
 * {@link QueueChanged}. The counters then read what they show afresh.
 */
@Permitted({Role.PETUGAS_LOKET, Role.ADMIN})
public record WatchQueueQuery(LocalDate serviceDate) {
}
