package id.giliran.infrastructure;

import org.axonframework.messaging.HandlerExecutionException;

import java.util.Optional;

/** The stable error code a failed command or query carries in its details, wherever it was handled. */
public final class ErrorCodes {

    public static final String UNEXPECTED = "UNEXPECTED";

    private ErrorCodes() {
    }

    public static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandlerExecutionException handlerFailure) {
                Optional<String> code = handlerFailure.getDetails().map(Object::toString);
                if (code.isPresent()) {
                    return code;
                }
            }
        }
        return Optional.empty();
    }
}
