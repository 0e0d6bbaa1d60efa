package id.giliran.patient.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.giliran.api.patient.MedicalRecordNumberAllocatedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Locale;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The medical record numbers of the Puskesmas: one sequence, advanced in the unit of work that
 * registers a patient. Allocations are handled one at a time, so numbers are unique and follow each
 * other; a refused registration rolls its allocation back (no number burned) and a registered
 * patient keeps its number forever (none is ever given again). It holds the sequence only; the
 * format is configuration, applied when a number is given. It grows by one event per patient, so
 * it is loaded from a snapshot (Jackson sees its fields).
 */
@Aggregate(snapshotTriggerDefinition = PatientCommandConfiguration.NUMBERING_SNAPSHOTS)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MedicalRecordNumbering {

    static final String ID = "medical-record-numbers";

    @AggregateIdentifier
    private String numberingId;
    private long lastSequence;

    protected MedicalRecordNumbering() {
        // for Axon
    }

    String allocate(String patientId, String format) {
        long next = lastSequence + 1;
        String number = String.format(Locale.ROOT, format, next);
        apply(new MedicalRecordNumberAllocatedEvent(ID, next, number, patientId));
        return number;
    }

    @EventSourcingHandler
    void on(MedicalRecordNumberAllocatedEvent event) {
        numberingId = event.numberingId();
        lastSequence = event.sequence();
    }
}
