package id.giliran.counseling.schedule;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.DueCounselingReminder;
import id.giliran.api.counseling.FindCounselingAwaitingResponseQuery;
import id.giliran.api.counseling.FindDueCounselingRemindersQuery;
import id.giliran.api.counseling.FlagOverdueCounselingCommand;
import id.giliran.api.counseling.ReminderKind;
import id.giliran.api.counseling.SendCounselingReminderCommand;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.SystemWork;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CounselingPollersTest {

    static final ZoneId SCHOOL = ZoneId.of("Asia/Jakarta");
    static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    static final LocalDateTime SCHOOL_NOW = LocalDateTime.of(2026, 11, 24, 10, 0);
    static final DueCounselingReminder FIRST = new DueCounselingReminder("bu.sari", "b1", ReminderKind.DAY_BEFORE,
            LocalDateTime.of(2026, 11, 25, 10, 0));
    static final DueCounselingReminder SECOND = new DueCounselingReminder("pak.budi", "b2", ReminderKind.HOUR_BEFORE,
            LocalDateTime.of(2026, 11, 24, 11, 0));

    private final CommandGateway commands = mock(CommandGateway.class);
    private final QueryGateway queries = mock(QueryGateway.class);
    private final List<Message<?>> asked = new ArrayList<>();
    private final List<CommandMessage<?>> sent = new ArrayList<>();
    private final List<Object> answer = new ArrayList<>();
    private RuntimeException refusalOfFirst;
    private final Clock clock = Clock.fixed(NOW, SCHOOL);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        when(queries.query(any(), any(ResponseType.class))).thenAnswer(invocation -> {
            asked.add(asSent(GenericMessage.asMessage(invocation.getArgument(0))));
            return CompletableFuture.completedFuture(List.copyOf(answer));
        });
        doAnswer(invocation -> {
            CommandMessage<?> command = asSent(GenericCommandMessage.asCommandMessage(invocation.getArgument(0)));
            sent.add(command);
            if (refusalOfFirst != null && sent.size() == 1) {
                throw refusalOfFirst;
            }
            return null;
        }).when(commands).sendAndWait(any());
    }

    /** The message as the dispatching side signs it: as the system only inside {@link SystemWork}. */
    @SuppressWarnings("unchecked")
    private static <M extends Message<?>> M asSent(M message) {
        return SystemWork.isRunning() ? (M) message.andMetaData(Caller.system().toMetaData()) : message;
    }

    static CounselingBookingView pending(String counselorId, String bookingId) {
        return new CounselingBookingView(bookingId, counselorId, "Bu Sari", "andi", "Andi",
                Slot.of(LocalDateTime.of(2026, 11, 26, 9, 0), 45), "Nilai turun", SessionChannel.CHAT,
                CounselingStatus.PENDING, null, "andi", NOW.minusSeconds(90_000), null, List.of(), false, false,
                NOW.minusSeconds(90_000));
    }

    @Test
    void asksForTheRemindersDueNowInSchoolTimeAsTheSystem() {
        new CounselingReminderSender(commands, queries, clock).sendDue();

        assertThat(asked).singleElement().satisfies(query -> {
            assertThat(query.getPayload()).isEqualTo(new FindDueCounselingRemindersQuery(SCHOOL_NOW));
            assertThat(Caller.fromMetaData(query.getMetaData()).isSystem()).isTrue();
        });
    }

    @Test
    void sendsEachDueReminderAsTheSystem() {
        answer.addAll(List.of(FIRST, SECOND));

        new CounselingReminderSender(commands, queries, clock).sendDue();

        assertThat(sent.stream().map(command -> (Object) command.getPayload()).toList()).containsExactly(
                new SendCounselingReminderCommand("bu.sari", "b1", ReminderKind.DAY_BEFORE, FIRST.sessionStart()),
                new SendCounselingReminderCommand("pak.budi", "b2", ReminderKind.HOUR_BEFORE, SECOND.sessionStart()));
        assertThat(sent).allSatisfy(command -> assertThat(Caller.fromMetaData(command.getMetaData()).isSystem()).isTrue());
    }

    @Test
    void goesOnAfterAReminderGivenElsewhere() {
        answer.addAll(List.of(FIRST, SECOND));
        refusalOfFirst = new BusinessRuleViolation(ErrorCode.COUNSELING_NOTICE_NOT_DUE, "sent by the other node");

        new CounselingReminderSender(commands, queries, clock).sendDue();

        assertThat(sent).hasSize(2);
    }

    @Test
    void goesOnAfterAnyOtherFailure() {
        answer.addAll(List.of(FIRST, SECOND));
        refusalOfFirst = new IllegalStateException("event store down");

        new CounselingReminderSender(commands, queries, clock).sendDue();

        assertThat(sent).hasSize(2);
    }

    @Test
    void sendsNothingWhenTheReadSideCannotAnswer() {
        when(queries.query(any(), any(ResponseType.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("no handler")));

        new CounselingReminderSender(commands, queries, clock).sendDue();
        new CounselingResponseWatch(commands, queries, clock).flagOverdue();

        assertThat(sent).isEmpty();
    }

    @Test
    void asksForTheRequestsMadeMoreThan24HoursAgoAsTheSystem() {
        new CounselingResponseWatch(commands, queries, clock).flagOverdue();

        assertThat(asked).singleElement().satisfies(query -> {
            assertThat(query.getPayload()).isEqualTo(new FindCounselingAwaitingResponseQuery(NOW.minusSeconds(86_400)));
            assertThat(Caller.fromMetaData(query.getMetaData()).isSystem()).isTrue();
        });
    }

    @Test
    void flagsEachUnansweredRequestAsTheSystem() {
        answer.addAll(List.of(pending("bu.sari", "b1"), pending("pak.budi", "b2")));
        refusalOfFirst = new BusinessRuleViolation(ErrorCode.COUNSELING_NOTICE_NOT_DUE, "flagged by the other node");

        new CounselingResponseWatch(commands, queries, clock).flagOverdue();

        assertThat(sent.stream().map(command -> (Object) command.getPayload()).toList()).containsExactly(
                new FlagOverdueCounselingCommand("bu.sari", "b1"), new FlagOverdueCounselingCommand("pak.budi", "b2"));
        assertThat(sent).allSatisfy(command -> assertThat(Caller.fromMetaData(command.getMetaData()).isSystem()).isTrue());
    }
}
