package id.giliran.command;

import id.giliran.api.common.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;

/**
 * A command broke a business rule. It is a {@link CommandExecutionException} whose details carry
 * the stable {@link ErrorCode}, so the code reaches the sender unchanged whether the command was
 * handled in the same JVM or routed through Axon Server.
 */
public class BusinessRuleViolation extends CommandExecutionException {

    private final ErrorCode code;

    public BusinessRuleViolation(ErrorCode code, String message) {
        super(message, null, code.name());
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
