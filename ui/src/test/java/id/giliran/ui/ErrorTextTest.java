package id.giliran.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorTextTest {

    @Test
    void aRuleViolationIsKnownByTheCodeInItsDetails() {
        var failure = new CommandExecutionException("ticket A-001 is CALLED, not waiting", null, "TICKET_NOT_WAITING");

        assertThat(ErrorText.codeOf(failure)).contains(ErrorCode.TICKET_NOT_WAITING);
    }

    @Test
    void aCodeIsFoundBehindAWrappingException() {
        var failure = new IllegalStateException(new CommandExecutionException("no", null, "CLINIC_UNKNOWN"));

        assertThat(ErrorText.codeOf(failure)).contains(ErrorCode.CLINIC_UNKNOWN);
    }

    @Test
    void aRefusalOfTheUiServicesCarriesItsCode() {
        assertThat(ErrorText.codeOf(new ErrorText.UserError(ErrorCode.INVALID_INPUT, "x"))).contains(ErrorCode.INVALID_INPUT);
    }

    @Test
    void anythingElseHasNoCode() {
        assertThat(ErrorText.codeOf(new CommandExecutionException("boom", null, "SOMETHING_ELSE"))).isEmpty();
        assertThat(ErrorText.codeOf(new IllegalStateException("boom"))).isEmpty();
    }

    @Test
    void aTextTooLongNamesItsFieldAtTheStartOfItsMessage() {
        var failure = new IllegalStateException(new CommandExecutionException("TOPIC: at most 500 characters", null,
                "TEXT_TOO_LONG"));

        assertThat(ErrorText.codeOf(failure)).contains(ErrorCode.TEXT_TOO_LONG);
        assertThat(ErrorText.fieldOf(failure)).contains(TextLimit.TOPIC);
        assertThat(ErrorText.fieldOf(new CommandExecutionException("NOT_A_FIELD: x", null, "TEXT_TOO_LONG"))).isEmpty();
    }
}
