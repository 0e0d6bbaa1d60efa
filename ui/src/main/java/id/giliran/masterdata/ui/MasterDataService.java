package id.giliran.masterdata.ui;

import id.giliran.api.bpjs.BpjsClinicsView;
import id.giliran.api.bpjs.FindPcareClinicsQuery;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.ConfigureClinicCommand;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.masterdata.DoctorView;
import id.giliran.api.masterdata.FindDoctorsOnDutyQuery;
import id.giliran.api.masterdata.FindDoctorsQuery;
import id.giliran.api.masterdata.SaveDoctorCommand;
import id.giliran.api.masterdata.ScheduleSlot;
import id.giliran.api.masterdata.SetDoctorScheduleCommand;
import id.giliran.api.masterdata.FindClinicsQuery;
import id.giliran.api.masterdata.FindCountersQuery;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/** The clinics and counters every view lets a person choose from, and their configuration by ADMIN. */
@Service
public class MasterDataService {

    private final QueryGateway queryGateway;
    private final CommandGateway commandGateway;

    MasterDataService(QueryGateway queryGateway, CommandGateway commandGateway) {
        this.queryGateway = queryGateway;
        this.commandGateway = commandGateway;
    }

    /** ADMIN: how a clinic takes tickets (name, BPJS poli code, daily quota, active, kiosk order). */
    public void configureClinic(ConfigureClinicCommand configuration) {
        commandGateway.sendAndWait(configuration);
    }

    public List<ClinicView> clinics() {
        return queryGateway.query(new FindClinicsQuery(), ResponseTypes.multipleInstancesOf(ClinicView.class)).join();
    }

    public List<DoctorView> doctors() {
        return queryGateway.query(new FindDoctorsQuery(), ResponseTypes.multipleInstancesOf(DoctorView.class)).join();
    }

    /** The doctors practising at the clinic on that day (the registration's "doctor on duty today"). */
    public List<DoctorView> doctorsOnDuty(String clinicCode, LocalDate date) {
        return queryGateway.query(new FindDoctorsOnDutyQuery(clinicCode, date),
                ResponseTypes.multipleInstancesOf(DoctorView.class)).join();
    }

    /** ADMIN: a doctor's details and weekly schedule, in that order. */
    public void saveDoctor(SaveDoctorCommand doctor, List<ScheduleSlot> schedule) {
        commandGateway.sendAndWait(doctor);
        commandGateway.sendAndWait(new SetDoctorScheduleCommand(doctor.doctorId(), schedule));
    }

    /** ADMIN: PCare's clinics for this FKTP ("Muat poli PCare"); BPJS's failures come explained. */
    public BpjsClinicsView pcareClinics() {
        return queryGateway.query(new FindPcareClinicsQuery(), BpjsClinicsView.class).join();
    }

    public List<CounterView> counters() {
        return queryGateway.query(new FindCountersQuery(), ResponseTypes.multipleInstancesOf(CounterView.class))
                           .join();
    }
}
