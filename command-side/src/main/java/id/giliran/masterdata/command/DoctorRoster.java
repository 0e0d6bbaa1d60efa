package id.giliran.masterdata.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Who practises where and when, as the doctor aggregates hold it now (for registrations). */
@Component
public class DoctorRoster {

    private final Repository<Doctor> doctors;

    DoctorRoster(Repository<Doctor> doctors) {
        this.doctors = doctors;
    }

    /** Whether the doctor is active and has hours at the clinic on that day. */
    public boolean onDuty(String doctorId, String clinicCode, LocalDate date) {
        if (doctorId == null || clinicCode == null) {
            return false;
        }
        try {
            return doctors.load(doctorId).invoke(doctor -> doctor.practises(clinicCode, date));
        } catch (AggregateNotFoundException unknown) {
            return false;
        }
    }
}
