package id.giliran.counseling.seed;

import id.giliran.identity.security.Callers;
import id.giliran.api.counseling.SaveCounselorProfileCommand;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.SetCounselorHoursCommand;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.WeeklyHours;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded default's demo counselors (the two demo KONSELOR accounts): a profile and weekly
 * hours, so a new user can book a session straight away. Each is set up once: a counselor whose
 * calendar already has events is left as its owner changed it. Never in production (no demo accounts).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "giliran.demo", havingValue = "true")
class DemoCounselors implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounselors.class);

    record Demo(SaveCounselorProfileCommand profile, SetCounselorHoursCommand hours) {
    }

    static final List<Demo> COUNSELORS = List.of(
            new Demo(new SaveCounselorProfileCommand("konselor@giliran.id", "Rina Wulandari, S.Pd., M.Pd.",
                    Set.of(Specialization.AKADEMIK, Specialization.KARIER, Specialization.PRIBADI_SOSIAL),
                    "Guru BK kelas X dan XI. Senang membantu siswa menyusun rencana belajar dan memilih jurusan.",
                    "S2 Bimbingan dan Konseling, konselor sekolah bersertifikat",
                    Set.of(SessionChannel.TATAP_MUKA, SessionChannel.CHAT, SessionChannel.VIDEO), null),
                    new SetCounselorHoursCommand("konselor@giliran.id",
                            week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 30), LocalTime.of(14, 30)),
                            45, 15, 60)),
            new Demo(new SaveCounselorProfileCommand("konselor2@giliran.id", "Agus Setiawan, S.Psi.",
                    Set.of(Specialization.KECEMASAN, Specialization.PERUNDUNGAN, Specialization.KELUARGA),
                    "Psikolog sekolah. Mendampingi siswa yang cemas, mengalami perundungan, atau sedang menghadapi masalah keluarga.",
                    "S1 Psikologi, pelatihan konseling trauma anak dan remaja",
                    Set.of(SessionChannel.TATAP_MUKA, SessionChannel.SUARA), null),
                    new SetCounselorHoursCommand("konselor2@giliran.id",
                            week(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                                    LocalTime.of(12, 0)), 30, 10, 120)));

    private static List<WeeklyHours> week(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        return days.stream().sorted().map(day -> new WeeklyHours(day, start, end)).toList();
    }

    private final CommandGateway commandGateway;
    private final EventStore eventStore;

    DemoCounselors(CommandGateway commandGateway, EventStore eventStore) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        int set = 0;
        for (Demo demo : COUNSELORS) {
            if (eventStore.lastSequenceNumberFor(demo.profile().calendarId()).isPresent()) {
                continue;
            }
            Callers.asSystem(() -> {
                commandGateway.sendAndWait(demo.profile());
                commandGateway.sendAndWait(demo.hours());
            });
            set++;
        }
        log.info("{} demo counselor(s) set up ({} known)", set, COUNSELORS.size());
    }
}
