package id.giliran.api.counseling;

import id.giliran.api.identity.Permitted;

import java.time.Instant;

/** For the service-level watch: pending requests made at or before {@code requestedBefore} that are not flagged yet. Answers a list of {@link CounselingBookingView}. */
@Permitted({})
public record FindCounselingAwaitingResponseQuery(Instant requestedBefore) {
}
