package id.giliran.masterdata.command;

import id.giliran.api.identity.SystemWork;
import id.giliran.api.masterdata.RegisterClinicCommand;
import id.giliran.api.masterdata.RegisterDoctorCommand;
import id.giliran.api.masterdata.ScheduleSlot;
import id.giliran.api.masterdata.RegisterCounterCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Registers the clinics and counters a Puskesmas needs to start, as commands like any other
 * change, as the application itself ({@link SystemWork}). Registration is idempotent per clinic and counter,
 * so it runs on every start.
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

    private static final LocalTime OPENS = LocalTime.of(7, 30);
    private static final LocalTime CLOSES = LocalTime.of(14, 0);

    /** Doctors with the weekly hours of a Puskesmas: clinics Monday to Saturday, UGD around the clock. */
    static final List<RegisterDoctorCommand> DOCTORS = List.of(
            new RegisterDoctorCommand("dr-ahmad-fauzi", "dr. Ahmad Fauzi", "503/SIP-DU/001/2024", "UMUM", "",
                    week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), OPENS, CLOSES, "UMUM")),
            new RegisterDoctorCommand("dr-sari-wulandari", "dr. Sari Wulandari", "503/SIP-DU/014/2023", "UMUM", "",
                    week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), OPENS, CLOSES, "UMUM")),
            new RegisterDoctorCommand("drg-rina-lestari", "drg. Rina Lestari", "503/SIP-DG/006/2024", "GIGI", "",
                    week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), OPENS, CLOSES, "GIGI")),
            new RegisterDoctorCommand("dr-maya-anggraini", "dr. Maya Anggraini", "503/SIP-DU/022/2022", "KIA-KB", "",
                    week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), OPENS, CLOSES, "KIA-KB")),
            new RegisterDoctorCommand("dr-budi-hartono", "dr. Budi Hartono", "503/SIP-DU/031/2024", "IMUNISASI", "",
                    week(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), OPENS, CLOSES, "IMUNISASI")),
            new RegisterDoctorCommand("dr-jaga-ugd", "dr. Dimas Prasetyo (jaga UGD)", "503/SIP-DU/040/2025", "UGD", "",
                    week(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MAX, "UGD")));

    private static List<ScheduleSlot> week(Set<DayOfWeek> days, LocalTime start, LocalTime end, String clinicCode) {
        return days.stream().sorted().map(day -> new ScheduleSlot(day, start, end, clinicCode)).toList();
    }

    private final CommandGateway commandGateway;

    MasterDataSeeder(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemWork.run(() -> {
            CLINICS.forEach(commandGateway::sendAndWait);
            COUNTERS.forEach(commandGateway::sendAndWait);
            DOCTORS.forEach(commandGateway::sendAndWait);
        });
        log.info("Master data present: {} clinics, {} counters, {} doctors", CLINICS.size(), COUNTERS.size(),
                DOCTORS.size());
    }
}
