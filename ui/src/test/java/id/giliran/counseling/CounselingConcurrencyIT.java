package id.giliran.counseling;

import id.giliran.GiliranSpringTest;
import id.giliran.api.counseling.CancelCounselingCommand;
import id.giliran.api.counseling.CounselingBookingView;
import id.giliran.api.counseling.CounselingStatus;
import id.giliran.api.counseling.CounselorHours;
import id.giliran.api.counseling.FindCounselorBookingsQuery;
import id.giliran.api.counseling.RequestCounselingCommand;
import id.giliran.api.counseling.SaveCounselorProfileCommand;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.SetCounselorHoursCommand;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.SlotPlanner;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.identity.security.Callers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import id.giliran.api.identity.Role;
import id.giliran.infrastructure.ErrorCodes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A counselor never has two live bookings that overlap: many students at the same moment, and after snapshots. */
@GiliranSpringTest
class CounselingConcurrencyIT {

    static final int STUDENTS = 50;

    @Autowired
    CommandGateway commandGateway;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    EventStore eventStore;
    @Autowired
    Clock clock;

    private static final CounselorHours HOURS = new CounselorHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
            .stream().map(day -> new WeeklyHours(day, LocalTime.of(7, 0), LocalTime.of(15, 0))).toList(), List.of(),
            45, 15, 0);

    private String newCounselor() {
        String counselor = "konselor" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999) + "@sekolah.id";
        asSystem(new SaveCounselorProfileCommand(counselor, "Konselor Uji", Set.of(Specialization.AKADEMIK), "", "",
                Set.of(SessionChannel.CHAT), null));
        asSystem(new SetCounselorHoursCommand(counselor, HOURS.weekly(), HOURS.sessionMinutes(), HOURS.bufferMinutes(),
                HOURS.noticeMinutes()));
        return counselor;
    }

    private List<Slot> freeSlots() {
        LocalDate today = LocalDate.now(clock);
        return SlotPlanner.freeSlots(HOURS, ServiceFrame.DEFAULT, List.of(), today.plusDays(1), today.plusDays(14),
                LocalDateTime.now(clock), true);
    }

    private void asSystem(Object command) {
        Callers.asSystem(() -> commandGateway.sendAndWait(command));
    }

    /** Sends {@code command} signed in as the student {@code username}, as their browser would. */
    private void asStudent(String username, Object command) {
        Callers.runAs(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Role.SISWA)), () -> commandGateway.sendAndWait(command));
    }

    private RequestCounselingCommand request(String counselor, String student, LocalDateTime start) {
        return new RequestCounselingCommand(counselor, UUID.randomUUID().toString(), student, student, start,
                "Ingin bercerita", SessionChannel.CHAT, null);
    }

    @Test
    void fiftyStudentsAskingForTheSameTimeAtOnceGetExactlyOneBooking() throws Exception {
        String counselor = newCounselor();
        Slot wanted = freeSlots().get(0);
        ExecutorService browsers = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            String student = "siswa" + i + "-" + counselor;
            attempts.add(browsers.submit(() -> {
                start.await();
                try {
                    asStudent(student, request(counselor, student, wanted.start()));
                    return "REQUESTED";
                } catch (RuntimeException refused) {
                    return ErrorCodes.of(refused).orElse("UNEXPECTED " + refused);
                }
            }));
        }
        start.countDown();
        Map<String, Long> outcomes = new TreeMap<>();
        for (Future<String> attempt : attempts) {
            outcomes.merge(attempt.get(), 1L, Long::sum);
        }
        browsers.shutdown();

        assertThat(outcomes).containsExactly(Map.entry("REQUESTED", 1L), Map.entry("SLOT_TAKEN", (long) STUDENTS - 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bookings(counselor))
                .singleElement().satisfies(booking -> {
                    assertThat(booking.slot()).isEqualTo(wanted);
                    assertThat(booking.status()).isEqualTo(CounselingStatus.PENDING);
                }));
        System.out.printf("[figures] %d students asking for one counselor's %s at once: %s%n", STUDENTS,
                wanted.start(), outcomes);
    }

    @Test
    void aCalendarLoadedFromItsSnapshotStillKnowsWhichTimesAreHeld() {
        String counselor = newCounselor();
        List<Slot> free = freeSlots();
        Slot held = free.get(0);
        Slot busy = free.get(1);
        asStudent("pemegang@sekolah.id", request(counselor, "pemegang@sekolah.id",
                held.start()));
        // 30 requests and cancellations: more events than the snapshot threshold
        for (int i = 0; i < 30; i++) {
            RequestCounselingCommand request = request(counselor, "bolak-balik@sekolah.id", busy.start());
            asStudent("bolak-balik@sekolah.id", request);
            asStudent("bolak-balik@sekolah.id", new CancelCounselingCommand(counselor,
                    request.bookingId(), "Berhalangan"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            DomainEventMessage<?> first = eventStore.readEvents(id.giliran.api.counseling.CounselorCalendars.idOf(counselor)).next();
            return first.getType() != null && first.getType().contains("Counselor")
                    && first.getPayloadType().getSimpleName().equals("Counselor");
        });

        String refused;
        try {
            asStudent("lain@sekolah.id", request(counselor, "lain@sekolah.id",
                    held.start()));
            refused = "REQUESTED";
        } catch (RuntimeException failure) {
            refused = ErrorCodes.of(failure).orElse("UNEXPECTED " + failure);
        }
        assertThat(refused).as("the held time, after a snapshot").isEqualTo("SLOT_TAKEN");
        asStudent("lain@sekolah.id", request(counselor, "lain@sekolah.id",
                busy.start()));
    }

    private List<CounselingBookingView> bookings(String counselor) {
        return Callers.asSystem(() -> queryGateway.query(new FindCounselorBookingsQuery(counselor, Set.of(), null, null),
                ResponseTypes.multipleInstancesOf(CounselingBookingView.class))).join();
    }
}
