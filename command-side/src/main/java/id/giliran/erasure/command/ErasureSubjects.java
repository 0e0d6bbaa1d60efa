package id.giliran.erasure.command;

import id.giliran.api.identity.AccountStanding;
import id.giliran.patient.command.PatientRecord;

import java.time.Instant;
import java.util.Optional;

/** The data subjects an erasure may name, from their own aggregates in the current unit of work. */
interface ErasureSubjects {

    /** The patient's medical record, or empty when no patient has that id. */
    Optional<PatientRecord> patient(String patientId);

    /** Closes the patient's medical record for the erasure (its NIK released, changes refused from now on). */
    void closePatient(String patientId, Instant at);

    /** The account, or empty when no account has that username. */
    Optional<AccountStanding> account(String username);
}
