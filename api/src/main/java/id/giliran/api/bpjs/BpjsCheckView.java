package id.giliran.api.bpjs;

/**
 * The answer to a {@link CheckBpjsParticipantQuery}.
 *
 * @param number      what was asked for, stripped
 * @param outcome     found, not found, invalid input or failed
 * @param participant when {@code FOUND}
 * @param failureKind when {@code FAILED}: the adapter's name of the failure (e.g. {@code SERVER_ERROR})
 * @param retryable   when {@code FAILED}: whether asking again later can help
 * @param explanation for the officer, in Bahasa Indonesia; {@code null} when {@code FOUND}
 */
public record BpjsCheckView(String number, BpjsCheckOutcome outcome, Participant participant, String failureKind,
                            boolean retryable, String explanation) {

    public static BpjsCheckView found(String number, Participant participant) {
        return new BpjsCheckView(number, BpjsCheckOutcome.FOUND, participant, null, false, null);
    }

    public boolean isFound() {
        return outcome == BpjsCheckOutcome.FOUND && participant != null;
    }
}
