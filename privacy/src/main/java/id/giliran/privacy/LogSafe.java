package id.giliran.privacy;

import org.axonframework.messaging.HandlerExecutionException;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What a log line may say about a failure. Exception messages stay out of logs: ours name ids only, but a
 * driver's, a database's or a parser's message may quote the value it refused (a NIK in a duplicate key, a
 * name in a JSON mapping error, the row of a failed insert), and a log is kept, copied and read far from the
 * access rules of the data it would quote. What a log line keeps: the classes of the cause chain, the error
 * code a refused command or query carries and, with {@link #redacted}, every stack frame.
 */
public final class LogSafe {

    private LogSafe() {
    }

    /** "CommandExecutionException [PATIENT_UNKNOWN] &lt;- IllegalStateException": the chain's classes and codes. */
    public static String describe(Throwable failure) {
        if (failure == null) {
            return "no failure";
        }
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(name(cause));
        }
        return text.toString();
    }

    /**
     * A stand-in for {@code failure} to hand to a logger with its stack trace: the same classes (named in the
     * message), frames, causes and suppressed failures, none of the messages.
     */
    public static Throwable redacted(Throwable failure) {
        return failure == null ? null : redacted(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Redacted redacted(Throwable failure, Set<Throwable> seen) {
        seen.add(failure);
        Throwable cause = failure.getCause();
        Redacted copy = new Redacted(name(failure),
                cause == null || seen.contains(cause) ? null : redacted(cause, seen));
        copy.setStackTrace(failure.getStackTrace());
        for (Throwable suppressed : failure.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(redacted(suppressed, seen));
            }
        }
        return copy;
    }

    private static String name(Throwable failure) {
        String name = failure.getClass().getName();
        if (failure instanceof HandlerExecutionException handlerFailure) {
            String code = handlerFailure.getDetails().map(Object::toString).orElse(null);
            if (code != null) {
                return name + " [" + code + "]";
            }
        }
        return name;
    }

    /** A failure whose message was left out of the log; its message is the class it stands for. */
    public static final class Redacted extends RuntimeException {
        Redacted(String stoodFor, Throwable cause) {
            super(stoodFor + " (message not logged: it may quote personal data)", cause, true, true);
        }
    }
}
