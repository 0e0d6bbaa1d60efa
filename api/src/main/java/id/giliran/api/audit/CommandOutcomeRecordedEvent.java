package id.giliran.api.audit;

import java.time.Instant;

/**
 * What became of a command: who sent it from where, which aggregate it was for, and whether it
 * succeeded or which rule it broke. Published for every command a person or the system sends.
 *
 * @param aggregateId null for a command that names no aggregate
 * @param errorCode   null on success; the stable error code, or {@code UNEXPECTED}, on failure
 */
public record CommandOutcomeRecordedEvent(
        String commandName,
        String aggregateId,
        boolean succeeded,
        String errorCode,
        String username,
        String roles,
        String clientAddress,
        Instant at) {
}
