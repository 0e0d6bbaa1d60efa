package id.giliran.patient.command;

import id.giliran.privacy.KeyedHashes;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The patient registry from its aggregates, loaded in the current unit of work (so their locks are
 * held until it commits or rolls back). A NIK is claimed under its keyed hash; a claim made before the
 * keyed hash (under the NIK itself, see {@link PatientNik#legacyId}) still refuses another patient and is
 * released with the NIK. Locks are taken in one order, the keyed claim before the legacy one, so two
 * registrations never wait on each other. Whether a claim exists is asked of the event store before it is
 * loaded: Axon's repository logs the id of an aggregate it cannot find at WARN, and a legacy id holds the NIK.
 */
@Component
class RepositoryPatientRegistry implements PatientRegistry {

    private final Repository<PatientNik> niks;
    private final Repository<MedicalRecordNumbering> numbering;
    private final EventStore events;
    private final KeyedHashes keyedHashes;
    private final String format;

    /** @param format a {@link String#format} pattern for one number, env GILIRAN_MEDICAL_RECORD_FORMAT */
    RepositoryPatientRegistry(Repository<PatientNik> niks, Repository<MedicalRecordNumbering> numbering,
                              EventStore events, KeyedHashes keyedHashes,
                              @Value("${giliran.patients.medical-record-format:RM-%06d}") String format) {
        this.niks = niks;
        this.numbering = numbering;
        this.events = events;
        this.keyedHashes = keyedHashes;
        this.format = checked(format);
    }

    static String checked(String format) {
        try {
            if (!String.format(Locale.ROOT, format, 1L).equals(String.format(Locale.ROOT, format, 2L))) {
                return format;
            }
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException("giliran.patients.medical-record-format is no number format: "
                    + format, malformed);
        }
        throw new IllegalArgumentException("giliran.patients.medical-record-format shows no number: " + format);
    }

    @Override
    public void claimNik(String nik, String patientId) {
        String claimId = PatientNik.id(keyedHashes.nik(nik));
        Aggregate<PatientNik> claim = load(() -> niks.loadOrCreate(claimId, PatientNik::new));
        existing(PatientNik.legacyId(nik)).ifPresent(legacy -> legacy.execute(
                held -> held.refuseOtherHolder(patientId)));
        claim.execute(nikClaim -> nikClaim.claim(claimId, nik, patientId));
    }

    @Override
    public void releaseNik(String nik, String patientId) {
        Optional<Aggregate<PatientNik>> claim = existing(PatientNik.id(keyedHashes.nik(nik)));
        Optional<Aggregate<PatientNik>> legacy = existing(PatientNik.legacyId(nik));
        boolean held = false;
        for (Optional<Aggregate<PatientNik>> each : java.util.List.of(claim, legacy)) {
            if (each.isPresent() && each.get().invoke(nikClaim -> nikClaim.heldBy(patientId))) {
                each.get().execute(nikClaim -> nikClaim.release(nik, patientId));
                held = true;
            }
        }
        if (!held) {
            throw new IllegalStateException("patient " + patientId + " does not hold the NIK it releases");
        }
    }

    @Override
    public String nextMedicalRecordNumber(String patientId) {
        return load(() -> numbering.loadOrCreate(MedicalRecordNumbering.ID, MedicalRecordNumbering::new))
                .invoke(numbers -> numbers.allocate(patientId, format));
    }

    /**
     * The NIK claim stored under {@code id}; empty when there is none (nothing is created). A legacy claim can no
     * longer come into being, and a keyed one released is held by the patient: asking before locking is safe.
     */
    private Optional<Aggregate<PatientNik>> existing(String id) {
        return stored(id) ? Optional.of(load(() -> niks.load(id))) : Optional.empty();
    }

    private boolean stored(String aggregateId) {
        try {
            return events.lastSequenceNumberFor(aggregateId).isPresent();
        } catch (UnsupportedOperationException cannotTell) {
            return events.readEvents(aggregateId).hasNext();
        }
    }

    private static <T> Aggregate<T> load(Callable<Aggregate<T>> loading) {
        try {
            return loading.call();
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException("cannot load a patient registry aggregate", failure);
        }
    }
}
