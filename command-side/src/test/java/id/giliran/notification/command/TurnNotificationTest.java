package id.giliran.notification.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.notification.NotificationAbandonedEvent;
import id.giliran.api.notification.NotificationAttemptFailedEvent;
import id.giliran.api.notification.NotificationAttemptStartedEvent;
import id.giliran.api.notification.NotificationDeliveredEvent;
import id.giliran.api.notification.RecordNotificationDeliveredCommand;
import id.giliran.api.notification.RecordNotificationFailedCommand;
import id.giliran.api.notification.RequestTurnNotificationCommand;
import id.giliran.api.notification.StartNotificationAttemptCommand;
import id.giliran.api.notification.TurnNotificationRequestedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class TurnNotificationTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Instant REQUESTED = Instant.parse("2026-11-22T01:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-22T01:10:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String ID = "turn:t-1";
    static final String PHONE = "+6281234567890";
    static final TurnNotificationRequestedEvent REQUESTED_EVENT = new TurnNotificationRequestedEvent(ID, "t-1", TODAY,
            "A-012", "Poli Umum", PHONE, 3, REQUESTED, null);

    private FixtureConfiguration<TurnNotification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TurnNotification.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, JAKARTA));
        fixture.registerInjectableResource(RetryPolicy.DEFAULT);
    }

    private static NotificationAttemptStartedEvent started(int attempt) {
        return new NotificationAttemptStartedEvent(ID, attempt, NOW);
    }

    private static NotificationAttemptFailedEvent failedRetryable(int attempt, Instant nextAttemptAt) {
        return new NotificationAttemptFailedEvent(ID, attempt, "HTTP 503", true, nextAttemptAt, NOW);
    }

    @Test
    void canBeRequestedForATicketWithAPhone() {
        fixture.givenNoPriorActivity()
               .when(new RequestTurnNotificationCommand(ID, "t-1", TODAY, "A-012", "Poli Umum", PHONE, 3, null))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new TurnNotificationRequestedEvent(ID, "t-1", TODAY, "A-012", "Poli Umum", PHONE, 3, NOW, null));
    }

    @Test
    void canBeRequestedAgainWithoutASecondMessage() {
        fixture.given(REQUESTED_EVENT)
               .when(new RequestTurnNotificationCommand(ID, "t-1", TODAY, "A-012", "Poli Umum", PHONE, 1, null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void canBeRequestedAgainAfterDeliveryWithoutASecondMessage() {
        fixture.given(REQUESTED_EVENT, started(1), new NotificationDeliveredEvent(ID, 1, "wamid.1", NOW))
               .when(new RequestTurnNotificationCommand(ID, "t-1", TODAY, "A-012", "Poli Umum", PHONE, 0, null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void cannotBeRequestedWithoutAPhone() {
        fixture.givenNoPriorActivity()
               .when(new RequestTurnNotificationCommand(ID, "t-1", TODAY, "A-012", "Poli Umum", " ", 3, null))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void cannotBeRequestedUnderAnotherTicketsId() {
        fixture.givenNoPriorActivity()
               .when(new RequestTurnNotificationCommand("turn:t-2", "t-1", TODAY, "A-012", "Poli Umum", PHONE, 3, null))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.INVALID_INPUT.name())
               .expectNoEvents();
    }

    @Test
    void canStartTheFirstAttemptOnceRequested() {
        fixture.given(REQUESTED_EVENT)
               .when(new StartNotificationAttemptCommand(ID, 1))
               .expectEvents(started(1));
    }

    @Test
    void cannotStartAnAttemptOutOfTurn() {
        fixture.given(REQUESTED_EVENT)
               .when(new StartNotificationAttemptCommand(ID, 2))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_DUE.name())
               .expectNoEvents();
    }

    @Test
    void cannotStartAnAttemptWhileOneIsInProgress() {
        // a second sender, or the same after a restart: the message may be out already
        fixture.given(REQUESTED_EVENT, started(1))
               .when(new StartNotificationAttemptCommand(ID, 2))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_DUE.name())
               .expectNoEvents();
    }

    @Test
    void cannotStartTheSameAttemptTwice() {
        fixture.given(REQUESTED_EVENT, started(1))
               .when(new StartNotificationAttemptCommand(ID, 1))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_DUE.name())
               .expectNoEvents();
    }

    @Test
    void cannotStartARetryBeforeItIsDue() {
        fixture.given(REQUESTED_EVENT, started(1), failedRetryable(1, NOW.plusSeconds(1)))
               .when(new StartNotificationAttemptCommand(ID, 2))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_DUE.name())
               .expectNoEvents();
    }

    @Test
    void canStartARetryOnceItIsDue() {
        fixture.given(REQUESTED_EVENT, started(1), failedRetryable(1, NOW))
               .when(new StartNotificationAttemptCommand(ID, 2))
               .expectEvents(started(2));
    }

    @Test
    void cannotStartAnAttemptOnceDelivered() {
        fixture.given(REQUESTED_EVENT, started(1), new NotificationDeliveredEvent(ID, 1, "wamid.1", NOW))
               .when(new StartNotificationAttemptCommand(ID, 2))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_DUE.name())
               .expectNoEvents();
    }

    @Test
    void cannotStartAnAttemptOnceAbandoned() {
        fixture.given(REQUESTED_EVENT, started(1),
                       new NotificationAttemptFailedEvent(ID, 1, "token expired", false, null, NOW),
                       new NotificationAbandonedEvent(ID, "token expired"))
               .when(new StartNotificationAttemptCommand(ID, 2))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_DUE.name())
               .expectNoEvents();
    }

    @Test
    void canRecordTheDeliveryOfTheAttemptInProgress() {
        fixture.given(REQUESTED_EVENT, started(1))
               .when(new RecordNotificationDeliveredCommand(ID, 1, "wamid.HBgM"))
               .expectEvents(new NotificationDeliveredEvent(ID, 1, "wamid.HBgM", NOW));
    }

    @Test
    void cannotRecordAnOutcomeWithoutAnAttemptInProgress() {
        fixture.given(REQUESTED_EVENT)
               .when(new RecordNotificationDeliveredCommand(ID, 1, "wamid.HBgM"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_SENDING.name())
               .expectNoEvents();
    }

    @Test
    void cannotRecordTheOutcomeOfAnotherAttempt() {
        fixture.given(REQUESTED_EVENT, started(1), failedRetryable(1, NOW), started(2))
               .when(new RecordNotificationFailedCommand(ID, 1, "late", true))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_SENDING.name())
               .expectNoEvents();
    }

    @Test
    void cannotRecordADeliveryTwice() {
        fixture.given(REQUESTED_EVENT, started(1), new NotificationDeliveredEvent(ID, 1, "wamid.1", NOW))
               .when(new RecordNotificationDeliveredCommand(ID, 1, "wamid.2"))
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.NOTIFICATION_NOT_SENDING.name())
               .expectNoEvents();
    }

    @Test
    void canRecordARetryableFailureAndRetryAfterThirtySeconds() {
        fixture.given(REQUESTED_EVENT, started(1))
               .when(new RecordNotificationFailedCommand(ID, 1, "HTTP 503", true))
               .expectEvents(failedRetryable(1, NOW.plusSeconds(30)));
    }

    @Test
    void canBackOffTwiceAsLongAfterEachFailure() {
        fixture.given(REQUESTED_EVENT, started(1), failedRetryable(1, NOW), started(2), failedRetryable(2, NOW),
                       started(3), failedRetryable(3, NOW), started(4))
               .when(new RecordNotificationFailedCommand(ID, 4, "HTTP 503", true))
               .expectEvents(failedRetryable(4, NOW.plusSeconds(240)));
    }

    @Test
    void canGiveUpAfterTheFifthFailedAttempt() {
        fixture.given(REQUESTED_EVENT, started(1), failedRetryable(1, NOW), started(2), failedRetryable(2, NOW),
                       started(3), failedRetryable(3, NOW), started(4), failedRetryable(4, NOW), started(5))
               .when(new RecordNotificationFailedCommand(ID, 5, "HTTP 503", true))
               .expectEvents(new NotificationAttemptFailedEvent(ID, 5, "HTTP 503", true, null, NOW),
                       new NotificationAbandonedEvent(ID, "HTTP 503"));
    }

    @Test
    void canGiveUpAtOnceWhenRetryingCannotHelp() {
        fixture.given(REQUESTED_EVENT, started(1))
               .when(new RecordNotificationFailedCommand(ID, 1, "(#131026) Message undeliverable", false))
               .expectEvents(new NotificationAttemptFailedEvent(ID, 1, "(#131026) Message undeliverable", false, null,
                               NOW),
                       new NotificationAbandonedEvent(ID, "(#131026) Message undeliverable"));
    }

    @Test
    void canUseAConfiguredFirstRetryDelay() {
        fixture = new AggregateTestFixture<>(TurnNotification.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, JAKARTA));
        fixture.registerInjectableResource(new RetryPolicy(Duration.ofSeconds(1), 5));
        fixture.given(REQUESTED_EVENT, started(1), failedRetryable(1, NOW), started(2))
               .when(new RecordNotificationFailedCommand(ID, 2, "HTTP 429", true))
               .expectEvents(new NotificationAttemptFailedEvent(ID, 2, "HTTP 429", true, NOW.plusSeconds(2), NOW));
    }

    @Test
    void retryPolicyDoublesTheWaitAndStopsAtTheLastAttempt() {
        assertThat(RetryPolicy.DEFAULT.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.DEFAULT.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryPolicy.DEFAULT.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryPolicy.DEFAULT.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(RetryPolicy.DEFAULT.delayAfter(5)).isNull();
    }
}
