package id.giliran.operations.query;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.operations.EvictDeadLettersCommand;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The reason for removing parked events is held to its TextLimit before any parked event is touched. */
class DeadLetterReasonLimitTest {

    private final Processors processors = mock(Processors.class);
    private final ProjectionOperations operations = new ProjectionOperations(processors, mock(EventBus.class),
            Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Jakarta")));

    private String refusal(String reason) {
        CommandExecutionException refused = catchThrowableOfType(() -> operations.handle(
                new EvictDeadLettersCommand("patients", "p-1", reason), MetaData.emptyInstance()),
                CommandExecutionException.class);
        return refused.getDetails().map(Object::toString).orElseThrow();
    }

    @Test
    void aReasonAtTheLimitPassesTheCheck() {
        when(processors.deadLetters(any())).thenReturn(Optional.empty());

        assertThat(refusal("a".repeat(TextLimit.DEAD_LETTER_REASON.max())))
                .isEqualTo(ErrorCode.DEAD_LETTERS_UNKNOWN.name());
    }

    @Test
    void aReasonOneCharacterLongerIsRefusedBeforeAnyParkedEventIsRead() {
        assertThat(refusal("a".repeat(TextLimit.DEAD_LETTER_REASON.max() + 1)))
                .isEqualTo(ErrorCode.TEXT_TOO_LONG.name());
        verify(processors, never()).deadLetters(any());
    }
}
