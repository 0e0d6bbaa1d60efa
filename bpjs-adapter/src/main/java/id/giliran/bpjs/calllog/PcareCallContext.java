package id.giliran.bpjs.calllog;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the bridging log cannot see in a PCare call itself: who caused it, for which registration and for which
 * patient. Set around the calls on the calling thread (the client reports each call on that thread); nested
 * contexts add to the outer one.
 *
 * @param username       who caused the calls; {@code null}: the sender of the message being handled, else system
 * @param requestedBy    for background work, the person who asked for it
 * @param registrationId the registration the calls are made for
 * @param patientId      the patient they are made for: the recorded call's personal data (its masked bodies) is
 *                       sealed with that patient's key and goes with the patient's erasure
 */
public record PcareCallContext(String username, String requestedBy, String registrationId, String patientId) {

    private static final ThreadLocal<PcareCallContext> CURRENT = new ThreadLocal<>();

    public static Optional<PcareCallContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} with this context, restoring the previous one afterwards. */
    public <T> T run(Supplier<T> work) {
        PcareCallContext previous = CURRENT.get();
        CURRENT.set(previous == null ? this : new PcareCallContext(
                username != null ? username : previous.username,
                requestedBy != null ? requestedBy : previous.requestedBy,
                registrationId != null ? registrationId : previous.registrationId,
                patientId != null ? patientId : previous.patientId));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Calls made for a registration of a patient, by whoever is handling the current message. */
    public static PcareCallContext forRegistration(String registrationId, String patientId) {
        return new PcareCallContext(null, null, registrationId, patientId);
    }
}
