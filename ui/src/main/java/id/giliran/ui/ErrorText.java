package id.giliran.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.infrastructure.ErrorCodes;
import id.giliran.privacy.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Turns what went wrong into a sentence for the person at the screen: business rule violations by
 * their stable code ({@code error.<CODE>}), anything else as a general failure (and logged).
 */
public final class ErrorText {

    private static final Logger log = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {
    }

    public static Optional<ErrorCode> codeOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UserError userError) {
                return Optional.of(userError.code());
            }
        }
        return ErrorCodes.of(failure).flatMap(ErrorText::parse);
    }

    /** Shows what went wrong to the person at the screen, as an error notification in the middle. */
    public static void show(Component component, Throwable failure) {
        Notification.show(of(component, failure), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static String of(Component component, Throwable failure) {
        Optional<ErrorCode> code = codeOf(failure);
        if (code.isEmpty()) {
            // the stack trace without messages: a driver's or a parser's message may quote personal data
            log.error("Unexpected failure shown to the user as a general error", LogSafe.redacted(failure));
            return component.getTranslation("error.UNEXPECTED");
        }
        if (code.get() == ErrorCode.TEXT_TOO_LONG) {
            Optional<TextLimit> field = fieldOf(failure);
            if (field.isPresent()) {
                return component.getTranslation("error.TEXT_TOO_LONG.field",
                        component.getTranslation("text-limit." + field.get().name()), field.get().max());
            }
        }
        return component.getTranslation("error." + code.get().name());
    }

    /** The field a TEXT_TOO_LONG refusal names at the start of its message ("TOPIC: at most 500 characters"). */
    static Optional<TextLimit> fieldOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            int colon = message == null ? -1 : message.indexOf(':');
            if (colon > 0) {
                try {
                    return Optional.of(TextLimit.valueOf(message.substring(0, colon).strip()));
                } catch (IllegalArgumentException notAField) {
                    // another cause's message
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ErrorCode> parse(String name) {
        try {
            return Optional.of(ErrorCode.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** A request the UI services refuse before it becomes a command, with the code to explain why. */
    public static class UserError extends RuntimeException {

        private final ErrorCode code;

        public UserError(ErrorCode code, String message) {
            super(message);
            this.code = code;
        }

        public ErrorCode code() {
            return code;
        }
    }
}
