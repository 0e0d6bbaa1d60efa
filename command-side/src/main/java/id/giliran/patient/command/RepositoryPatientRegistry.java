package id.giliran.patient.command;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The patient registry from its aggregates, loaded in the current unit of work (so their locks are
 * held until it commits or rolls back).
 */
@Component
class RepositoryPatientRegistry implements PatientRegistry {

    private final Repository<PatientNik> niks;
    private final Repository<MedicalRecordNumbering> numbering;
    private final String format;

    /** @param format a {@link String#format} pattern for one number, env GILIRAN_MEDICAL_RECORD_FORMAT */
    RepositoryPatientRegistry(Repository<PatientNik> niks, Repository<MedicalRecordNumbering> numbering,
                              @Value("${giliran.patients.medical-record-format:RM-%06d}") String format) {
        this.niks = niks;
        this.numbering = numbering;
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
        nik(nik).execute(claim -> claim.claim(nik, patientId));
    }

    @Override
    public void releaseNik(String nik, String patientId) {
        nik(nik).execute(claim -> claim.release(nik, patientId));
    }

    @Override
    public String nextMedicalRecordNumber(String patientId) {
        return load(() -> numbering.loadOrCreate(MedicalRecordNumbering.ID, MedicalRecordNumbering::new))
                .invoke(numbers -> numbers.allocate(patientId, format));
    }

    private Aggregate<PatientNik> nik(String nik) {
        return load(() -> niks.loadOrCreate(PatientNik.id(nik), PatientNik::new));
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
