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

    static String id(String nik) {
        return PREFIX + nik;
    }

    /** The message of a refusal names the holder, so the screen can offer the existing patient. */
    static String alreadyRegistered(String holder) {
        return "NIK already registered to patient " + holder;
    }

    void claim(String nik, String patientId) {
        if (patientId.equals(holder)) {
            return;
        }
        if (holder != null) {
            throw new BusinessRuleViolation(ErrorCode.NIK_ALREADY_REGISTERED, alreadyRegistered(holder));
        }
        apply(new PatientNikClaimedEvent(id(nik), nik, patientId));
    }

    void release(String nik, String patientId) {
        if (!patientId.equals(holder)) {
            throw new IllegalStateException("patient " + patientId + " does not hold " + id(nik));
        }
        apply(new PatientNikReleasedEvent(id(nik), nik, patientId));
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
