package id.giliran.masterdata.command;

import id.giliran.api.masterdata.RegisterClinicCommand;
import id.giliran.api.masterdata.RegisterCounterCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Registers the clinics and counters a Puskesmas needs to start, as commands like any other
 * change. Registration is idempotent per clinic and counter, so it runs on every start.
 */
@Component
@ConditionalOnProperty(name = "giliran.seed.master-data", havingValue = "true", matchIfMissing = true)
class MasterDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MasterDataSeeder.class);

    static final List<RegisterClinicCommand> CLINICS = List.of(
            new RegisterClinicCommand("UMUM", "Poli Umum", "A"),
            new RegisterClinicCommand("GIGI", "Poli Gigi", "B"),
            new RegisterClinicCommand("KIA-KB", "Poli KIA/KB", "C"),
            new RegisterClinicCommand("IMUNISASI", "Poli Imunisasi", "D"),
            new RegisterClinicCommand("UGD", "UGD", "E"));

    static final List<RegisterCounterCommand> COUNTERS = List.of(
            new RegisterCounterCommand("LOKET-1", 1, "Loket 1"),
            new RegisterCounterCommand("LOKET-2", 2, "Loket 2"));

    private final CommandGateway commandGateway;

    MasterDataSeeder(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @Override
    public void run(ApplicationArguments args) {
        CLINICS.forEach(commandGateway::sendAndWait);
        COUNTERS.forEach(commandGateway::sendAndWait);
        log.info("Master data present: {} clinics, {} counters", CLINICS.size(), COUNTERS.size());
    }
}
