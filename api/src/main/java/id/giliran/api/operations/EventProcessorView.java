package id.giliran.api.operations;

/**
 * One event processor: its processing group (the read model it writes), state, the global position
 * it has handled up to, the head of the event stream, how far behind it is (events), where a rebuild
 * ends (-1 when not rebuilding), the error that stopped it (null when none), and its parked events.
 */
public record EventProcessorView(String processingGroup, ProcessorState state, long position, long head, long lag,
                                 long replayUntil, String error, long deadLetters) {
}
