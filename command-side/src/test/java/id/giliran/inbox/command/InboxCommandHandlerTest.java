package id.giliran.inbox.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.inbox.InboxMessagesReadEvent;
import id.giliran.api.inbox.MarkInboxReadCommand;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class InboxCommandHandlerTest {

    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    private final EventGateway events = mock(EventGateway.class);
    private final InboxCommandHandler handler = new InboxCommandHandler(events, Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")));

    @Test
    void canMarkTheirMessagesRead() {
        handler.handle(new MarkInboxReadCommand(Arrays.asList("m1", "m2", "m1", null)),
                MetaData.from(new Caller("andi", Set.of(Role.SISWA), "10.0.0.9").toMetaData()));

        verify(events).publish(new InboxMessagesReadEvent("andi", List.of("m1", "m2"), NOW));
    }

    @Test
    void canMarkAllTheirMessagesRead() {
        handler.handle(new MarkInboxReadCommand(null),
                MetaData.from(new Caller("bu.sari", Set.of(Role.KONSELOR), "10.0.0.9").toMetaData()));

        verify(events).publish(new InboxMessagesReadEvent("bu.sari", List.of(), NOW));
    }

    @Test
    void cannotMarkReadAsTheSystem() {
        assertThatThrownBy(() -> handler.handle(new MarkInboxReadCommand(List.of("m1")),
                MetaData.from(Caller.system().toMetaData())))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verify(events, never()).publish(any(Object[].class));
    }

    @Test
    void cannotMarkReadAnonymously() {
        assertThatThrownBy(() -> handler.handle(new MarkInboxReadCommand(List.of("m1")),
                MetaData.from(new Caller(Caller.ANONYMOUS, Set.of(), "10.0.0.7").toMetaData())))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verify(events, never()).publish(any(Object[].class));
    }
}
