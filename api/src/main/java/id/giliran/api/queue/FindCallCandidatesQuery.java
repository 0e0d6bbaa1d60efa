package id.giliran.api.queue;

import java.time.LocalDate;

/** The waiting tickets of a service day in calling order (priority first), at most {@code limit}. */
public record FindCallCandidatesQuery(LocalDate serviceDate, int limit) {
}
