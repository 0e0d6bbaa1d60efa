package id.giliran.masterdata.ui;

import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.ConfigureClinicCommand;
import id.giliran.api.masterdata.CounterView;
import id.giliran.api.masterdata.FindClinicsQuery;
import id.giliran.api.masterdata.FindCountersQuery;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

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

    public List<CounterView> counters() {
        return queryGateway.query(new FindCountersQuery(), ResponseTypes.multipleInstancesOf(CounterView.class))
                           .join();
    }
}
