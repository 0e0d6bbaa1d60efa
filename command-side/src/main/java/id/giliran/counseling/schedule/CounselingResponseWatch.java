package id.giliran.counseling.schedule;

import id.giliran.api.identity.SystemWork;
import id.giliran.privacy.LogSafe;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.FindCounselingAwaitingResponseQuery;
import id.giliran.api.counseling.FlagOverdueCounselingCommand;
import id.giliran.command.Refusals;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The service level of seed 001 ("penjadwalan dalam 1×24 jam"): every poll interval, flags the
 * requests still pending 24 hours after they were made, as the application itself ({@link SystemWork}). The calendar
 * flags each once; a refusal as not due (flagged by another node, answered meanwhile) is left alone.
 */
@Component
@ConditionalOnProperty(name = CounselingScheduleConfiguration.ENABLED, havingValue = "true", matchIfMissing = true)
class CounselingResponseWatch {

    static final Duration RESPONSE_TIME = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(CounselingResponseWatch.class);

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock clock;

    CounselingResponseWatch(CommandGateway commandGateway, QueryGateway queryGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = CounselingScheduleConfiguration.POLL_INTERVAL,
            fixedDelayString = CounselingScheduleConfiguration.POLL_INTERVAL)
    void flagOverdue() {
        SystemWork.run(this::flagOverdueAsSystem);
    }

    private void flagOverdueAsSystem() {
        List<CounselingBookingView> waiting;
        try {
            waiting = queryGateway.query(
                    new FindCounselingAwaitingResponseQuery(clock.instant().minus(RESPONSE_TIME)),
                    ResponseTypes.multipleInstancesOf(CounselingBookingView.class)).join();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for unanswered counseling requests: {}", LogSafe.describe(e));
            return;
        }
        waiting.forEach(this::flag);
    }

    private void flag(CounselingBookingView booking) {
        try {
            commandGateway.sendAndWait(
                    new FlagOverdueCounselingCommand(booking.counselorId(), booking.bookingId()));
        } catch (RuntimeException e) {
            if (ErrorCode.COUNSELING_NOTICE_NOT_DUE.name().equals(Refusals.errorCode(e))
                    || Refusals.concurrent(e)) {
                LOG.debug("Booking {} flagged elsewhere or answered meanwhile", booking.bookingId());
            } else {
                // the booking names the counselor; their username (an e-mail) stays out of the log
                LOG.warn("Could not flag booking {}: {}", booking.bookingId(), LogSafe.describe(e));
            }
        }
    }
}
