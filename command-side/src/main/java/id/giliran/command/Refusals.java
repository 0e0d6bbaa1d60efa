package id.giliran.command;

import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Reads why a command a background sender sent was refused: the stable error code a
 * {@link BusinessRuleViolation} carries as its details (also after crossing Axon Server), or a
 * concurrent change of the same aggregate by another node.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The error code a refused command carries, or null. */
    public static String errorCode(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HandlerExecutionException handlerFailure && handlerFailure.getDetails().isPresent()) {
                return handlerFailure.getDetails().get().toString();
            }
        }
        return null;
    }

    /** Another node changed the same aggregate at the same moment. */
    public static boolean concurrent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
