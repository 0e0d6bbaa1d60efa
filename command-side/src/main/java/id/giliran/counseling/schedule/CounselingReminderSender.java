package id.giliran.counseling.schedule;

import id.giliran.api.identity.SystemWork;
import id.giliran.privacy.LogSafe;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.DueCounselingReminder;
import id.giliran.api.counseling.FindDueCounselingRemindersQuery;
import id.giliran.api.counseling.SendCounselingReminderCommand;
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
import java.time.LocalDateTime;
import java.util.List;

/**
 * Every poll interval, asks the read side which reminders of confirmed sessions are due now (school
 * time) and asks each counselor's calendar to give them, as the application itself ({@link SystemWork}). The calendar
 * gives each (kind, session start) once: a refusal as not due means another node gave it first,
 * the session moved or was cancelled meanwhile, and is left alone.
 */
@Component
@ConditionalOnProperty(name = CounselingScheduleConfiguration.ENABLED, havingValue = "true", matchIfMissing = true)
class CounselingReminderSender {

    private static final Logger LOG = LoggerFactory.getLogger(CounselingReminderSender.class);

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock clock;

    CounselingReminderSender(CommandGateway commandGateway, QueryGateway queryGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = CounselingScheduleConfiguration.POLL_INTERVAL,
            fixedDelayString = CounselingScheduleConfiguration.POLL_INTERVAL)
    void sendDue() {
        SystemWork.run(this::sendDueAsSystem);
    }

    private void sendDueAsSystem() {
        List<DueCounselingReminder> due;
        try {
            due = queryGateway.query(new FindDueCounselingRemindersQuery(LocalDateTime.now(clock)),
                    ResponseTypes.multipleInstancesOf(DueCounselingReminder.class)).join();
        } catch (RuntimeException e) {
            LOG.warn("Could not look for due counseling reminders: {}", LogSafe.describe(e));
            return;
        }
        due.forEach(this::send);
    }

    private void send(DueCounselingReminder reminder) {
        try {
            commandGateway.sendAndWait(new SendCounselingReminderCommand(reminder.counselorId(),
                    reminder.bookingId(), reminder.kind(), reminder.sessionStart()));
        } catch (RuntimeException e) {
            if (ErrorCode.COUNSELING_NOTICE_NOT_DUE.name().equals(Refusals.errorCode(e))
                    || Refusals.concurrent(e)) {
                LOG.debug("Reminder {} of {} given elsewhere or no longer due", reminder.kind(), reminder.bookingId());
            } else {
                // the booking names the counselor; their username (an e-mail) stays out of the log
                LOG.warn("Could not give reminder {} of booking {}: {}", reminder.kind(), reminder.bookingId(),
                        LogSafe.describe(e));
            }
        }
    }
}
