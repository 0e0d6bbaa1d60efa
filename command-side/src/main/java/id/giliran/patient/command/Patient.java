package id.giliran.patient.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.common.TextLimit;
import id.giliran.api.identity.Caller;
import id.giliran.api.patient.PatientDetails;
import id.giliran.api.patient.PatientErasedEvent;
import id.giliran.api.patient.PatientRegisteredEvent;
import id.giliran.api.patient.PatientUpdatedEvent;
import id.giliran.api.patient.RegisterPatientCommand;
import id.giliran.api.patient.UpdatePatientCommand;
import id.giliran.api.privacy.PersonalData;
import id.giliran.command.BusinessRuleViolation;
import id.giliran.command.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A patient of the Puskesmas: the data the front desk records, its medical record number, and every
 * change with who made it and why. A new patient claims its NIK and the next medical record number
 * through the {@link PatientRegistry} in the same unit of work, so a refusal anywhere leaves no trace.
 */
@Aggregate
public class Patient {

    @AggregateIdentifier
    private String patientId;
    private String medicalRecordNumber;
    private Instant registeredAt;
    private PatientDetails details;
    private long revision;
    private boolean erased;

    protected Patient() {
        // for Axon
    }

    /** Registers the patient and answers its medical record number. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public String handle(RegisterPatientCommand command, PatientRegistry registry, MetaData metaData, Clock clock) {
        if (command.patientId() == null || command.patientId().isBlank()) {
            throw new BusinessRuleViolation(ErrorCode.INVALID_INPUT, "a new patient has an id");
        }
        TextLimits.require(TextLimit.REASON, command.nikMismatchReason());
        PatientDetails registered = PatientRules.normalise(command.details(), LocalDate.now(clock));
        String override = PatientRules.nikOverride(registered, command.nikMismatchReason());
        if (registered.nik() != null) {
            registry.claimNik(registered.nik(), command.patientId());
        }
        String medicalRecordNumber = registry.nextMedicalRecordNumber(command.patientId());
        apply(new PatientRegisteredEvent(command.patientId(), medicalRecordNumber, registered, override,
                Caller.fromMetaData(metaData).username(), clock.instant()));
        return medicalRecordNumber;
    }

    /** Changes the patient's data (nothing when nothing changed) and answers its revision. */
    @CommandHandler
    public long handle(UpdatePatientCommand command, PatientRegistry registry, MetaData metaData, Clock clock) {
        if (erased) {
            throw new BusinessRuleViolation(ErrorCode.PATIENT_ERASED, "the patient's personal data was erased");
        }
        String reason = PatientRules.text(command.reason());
        if (reason == null) {
            throw new BusinessRuleViolation(ErrorCode.CHANGE_REASON_REQUIRED, "a change of patient data says why");
        }
        TextLimits.require(TextLimit.REASON, reason);
        TextLimits.require(TextLimit.REASON, command.nikMismatchReason());
        PatientDetails changed = PatientRules.normalise(command.details(), LocalDate.now(clock));
        if (changed.equals(details)) {
            return revision;
        }
        // a NIK accepted once against its birth date and sex is not questioned again while all three stay
        boolean identityChanged = !Objects.equals(changed.nik(), details.nik())
                || !changed.birthDate().equals(details.birthDate()) || changed.sex() != details.sex();
        String override = identityChanged ? PatientRules.nikOverride(changed, command.nikMismatchReason()) : null;
        moveNik(registry, details.nik(), changed.nik());
        apply(new PatientUpdatedEvent(patientId, changed, reason, override, Caller.fromMetaData(metaData).username(),
                clock.instant()));
        return revision;
    }

    /** Releases the old NIK and claims the new one, in NIK order so two corrections never wait on each other. */
    private void moveNik(PatientRegistry registry, String from, String to) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (from != null && (to == null || from.compareTo(to) < 0)) {
            registry.releaseNik(from, patientId);
            if (to != null) {
                registry.claimNik(to, patientId);
            }
        } else {
            registry.claimNik(to, patientId);
            if (from != null) {
                registry.releaseNik(from, patientId);
            }
        }
    }

    /**
     * Closes the record of a patient whose personal data is being erased, in the erasure's unit of work (before its
     * key is destroyed): the NIK is released, so no claim keeps the person's NIK hash held, and changes are refused
     * from now on. Closing a closed record changes nothing.
     */
    public void erase(PatientRegistry registry, Instant at) {
        if (erased) {
            return;
        }
        String nik = details == null ? null : details.nik();
        if (nik != null && !PersonalData.ERASED.equals(nik)) {
            registry.releaseNik(nik, patientId);
        }
        apply(new PatientErasedEvent(patientId, at));
    }

    /** The medical record as an erasure needs it: its No. RM and when it was opened (see {@link PatientRecord}). */
    public PatientRecord record() {
        return new PatientRecord(patientId, medicalRecordNumber, registeredAt);
    }

    @EventSourcingHandler
    void on(PatientRegisteredEvent event) {
        patientId = event.patientId();
        medicalRecordNumber = event.medicalRecordNumber();
        registeredAt = event.registeredAt();
        details = event.details();
        revision = 1;
    }

    @EventSourcingHandler
    void on(PatientErasedEvent event) {
        erased = true;
    }

    @EventSourcingHandler
    void on(PatientUpdatedEvent event) {
        details = event.details();
        revision++;
    }
}
