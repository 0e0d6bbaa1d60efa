package id.giliran.counseling.command;

import id.giliran.api.counseling.CounselingConfirmedEvent;
import id.giliran.api.counseling.CounselingRequestedEvent;
import id.giliran.api.counseling.CounselorHoursSetEvent;
import id.giliran.api.counseling.CounselorProfileSavedEvent;
import id.giliran.api.counseling.ServiceFrame;
import id.giliran.api.counseling.SessionChannel;
import id.giliran.api.counseling.Slot;
import id.giliran.api.counseling.Specialization;
import id.giliran.api.counseling.WeeklyHours;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A counselor's calendar in a test: Bu Sari, weekdays 08:00–14:00, 45-minute sessions, 15 minutes rest, 2 hours notice. */
final class Calendars {

    static final ZoneId SCHOOL = ZoneId.of("Asia/Jakarta");
    /** Monday 23 November 2026, 08:00 school time. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 8, 0);
    static final String COUNSELOR = "bu.sari";
    static final String STUDENT = "andi";
    static final MetaData AS_COUNSELOR = as(COUNSELOR, Role.KONSELOR);
    static final MetaData AS_OTHER_COUNSELOR = as("pak.budi", Role.KONSELOR);
    static final MetaData AS_STUDENT = as(STUDENT, Role.SISWA);
    static final MetaData AS_OTHER_STUDENT = as("rina", Role.SISWA);
    static final MetaData AS_ADMIN = as("admin", Role.ADMIN);
    static final MetaData AS_SYSTEM = MetaData.from(Caller.system().toMetaData());

    static final List<WeeklyHours> WEEKDAYS_8_TO_14 = Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
            .map(day -> new WeeklyHours(day, LocalTime.of(8, 0), LocalTime.of(14, 0)))
            .toList();
    static final CounselorProfileSavedEvent PROFILE = new CounselorProfileSavedEvent(COUNSELOR, "Bu Sari",
            Set.of(Specialization.AKADEMIK), "Guru BK", "S.Pd.", Set.of(SessionChannel.TATAP_MUKA, SessionChannel.CHAT),
            null);
    static final CounselorHoursSetEvent HOURS = new CounselorHoursSetEvent(COUNSELOR, WEEKDAYS_8_TO_14, 45, 15, 120,
            List.of());

    private Calendars() {
    }

    static MetaData as(String username, Role role) {
        return MetaData.from(new Caller(username, Set.of(role), "10.0.0.9").toMetaData());
    }

    static Instant instant(LocalDateTime schoolTime) {
        return schoolTime.atZone(SCHOOL).toInstant();
    }

    /** Tuesday 24 November 2026 at the given time. */
    static LocalDateTime tuesday(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 24, hour, minute);
    }

    static LocalDateTime wednesday(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 25, hour, minute);
    }

    static LocalDateTime thursday(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 26, hour, minute);
    }

    static Slot session(LocalDateTime start) {
        return Slot.of(start, 45);
    }

    static CounselingRequestedEvent requested(String bookingId, LocalDateTime start) {
        return requested(bookingId, start, NOW);
    }

    static CounselingRequestedEvent requested(String bookingId, LocalDateTime start, LocalDateTime at) {
        return new CounselingRequestedEvent(COUNSELOR, bookingId, STUDENT, "Andi", session(start), "Nilai turun",
                SessionChannel.TATAP_MUKA, null, STUDENT, instant(at));
    }

    static CounselingConfirmedEvent confirmed(String bookingId, LocalDateTime start, LocalDateTime at) {
        return new CounselingConfirmedEvent(COUNSELOR, bookingId, STUDENT, session(start), COUNSELOR, instant(at));
    }

    static FixtureConfiguration<Counselor> fixture(MutableClock clock, ServiceFrames frames) {
        FixtureConfiguration<Counselor> fixture = new AggregateTestFixture<>(Counselor.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(frames);
        return fixture;
    }

    static FixtureConfiguration<Counselor> fixture(MutableClock clock) {
        return fixture(clock, () -> ServiceFrame.DEFAULT);
    }

    /** School time that a test moves on. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(LocalDateTime schoolTime) {
            set(schoolTime);
        }

        void set(LocalDateTime schoolTime) {
            now = Calendars.instant(schoolTime);
        }

        @Override
        public ZoneId getZone() {
            return SCHOOL;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("school time only");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
