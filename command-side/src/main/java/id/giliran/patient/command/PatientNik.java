package id.giliran.patient.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.patient.PatientNikClaimedEvent;
import id.giliran.api.patient.PatientNikReleasedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One NIK and the patient holding it: one aggregate per unique value (AxonIQ's set-based validation
 * pattern). Claims of one NIK are handled one at a time (the repository locks the aggregate and the
 * event store refuses a second event with the same sequence number), so two officers registering the
 * same person at once get one patient and one refusal.
 * <p>
 * Its id is {@code "nik:" + } the NIK's keyed hash ({@link id.giliran.privacy.KeyedHashes#nik}), so no NIK
 * is an aggregate id. Claims made before issue #14 live under {@code "nik:" + NIK} ({@link #legacyId}); the
 * {@link RepositoryPatientRegistry} still honours and releases them, and never creates one.
 */
@Aggregate
public class PatientNik {

    static final String PREFIX = "nik:";

    @AggregateIdentifier
    private String nikClaimId;
    private String holder;

    protected PatientNik() {
        // for Axon
    }

    /** The claim of a NIK, by the NIK's keyed hash. */
    static String id(String nikHash) {
        return PREFIX + nikHash;
    }

    /** Where a claim made before the keyed hash lives: the NIK itself in the id. Only ever loaded. */
    static String legacyId(String nik) {
        return PREFIX + nik;
    }

    /** The message of a refusal names the holder, so the screen can offer the existing patient. */
    static String alreadyRegistered(String holder) {
        return "NIK already registered to patient " + holder;
    }

    boolean heldBy(String patientId) {
        return patientId.equals(holder);
    }

    /** Refuses when another patient holds this NIK; changes nothing. */
    void refuseOtherHolder(String patientId) {
        if (holder != null && !heldBy(patientId)) {
            throw new BusinessRuleViolation(ErrorCode.NIK_ALREADY_REGISTERED, alreadyRegistered(holder));
        }
    }

    /** @param claimId the id of this claim ({@link #id}), for a claim not made yet */
    void claim(String claimId, String nik, String patientId) {
        if (heldBy(patientId)) {
            return;
        }
        refuseOtherHolder(patientId);
        apply(new PatientNikClaimedEvent(nikClaimId != null ? nikClaimId : claimId, nik, patientId));
    }

    void release(String nik, String patientId) {
        if (!heldBy(patientId)) {
            // the id may be a legacy one (the NIK itself): never part of a message
            throw new IllegalStateException("patient " + patientId + " does not hold this NIK claim");
        }
        apply(new PatientNikReleasedEvent(nikClaimId, nik, patientId));
    }

    @EventSourcingHandler
    void on(PatientNikClaimedEvent event) {
        nikClaimId = event.nikClaimId();
        holder = event.patientId();
    }

    @EventSourcingHandler
    void on(PatientNikReleasedEvent event) {
        holder = null;
    }
}
