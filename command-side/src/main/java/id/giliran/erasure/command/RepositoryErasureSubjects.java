package id.giliran.erasure.command;

import id.giliran.api.identity.AccountStanding;
import id.giliran.identity.command.UserAccount;
import id.giliran.patient.command.Patient;
import id.giliran.patient.command.PatientRecord;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import id.giliran.patient.command.PatientRegistry;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The subjects loaded through the Axon repositories of {@link Patient} and {@link UserAccount} (their own events,
 * so a patient registered a moment ago counts, whatever the read models say), locked until the erasure's unit of
 * work ends. An id whose events belong to another kind of aggregate loads an empty one: that is no subject either.
 */
@Component
class RepositoryErasureSubjects implements ErasureSubjects {

    private final Repository<Patient> patients;
    private final Repository<UserAccount> accounts;
    private final StoredAggregates stored;
    private final PatientRegistry registry;

    RepositoryErasureSubjects(Repository<Patient> patients, Repository<UserAccount> accounts, StoredAggregates stored,
                              PatientRegistry registry) {
        this.patients = patients;
        this.accounts = accounts;
        this.stored = stored;
        this.registry = registry;
    }

    @Override
    public void closePatient(String patientId, Instant at) {
        patients.load(patientId).execute(patient -> patient.erase(registry, at));
    }

    @Override
    public Optional<PatientRecord> patient(String patientId) {
        return load(patients, patientId, Patient::record).filter(record -> patientId.equals(record.patientId()));
    }

    @Override
    public Optional<AccountStanding> account(String username) {
        return load(accounts, username, UserAccount::standing).filter(standing -> username.equals(standing.username()));
    }

    private <A, R> Optional<R> load(Repository<A> repository, String id, Function<A, R> read) {
        if (!stored.exist(id)) {
            return Optional.empty();
        }
        Aggregate<A> aggregate;
        try {
            aggregate = repository.load(id);
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
        return Optional.ofNullable(aggregate.invoke(read));
    }
}
