package id.giliran.report.query;

import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.FindPeriodReportQuery;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static id.giliran.report.query.StatisticsFixture.general;
import static id.giliran.report.query.StatisticsFixture.number;
import static org.assertj.core.api.Assertions.assertThat;

class PeriodReportTest {

    static final LocalDate OCT_31 = LocalDate.of(2026, 10, 31);
    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    private final StatisticsFixture fixture = new StatisticsFixture();

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private static Instant wib(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), ZoneId.of("Asia/Jakarta")).toInstant();
    }

    /** A ticket of {@code day} taken at 08:00 WIB and called {@code wait} minutes later. */
    private void ticket(String id, LocalDate day, int sequence, String clinic, int wait) {
        fixture.queue.on(general(id, day, sequence, clinic, PaymentType.BPJS, wib(day, 8, 0)));
        String display = (clinic.equals("GIGI") ? "B-" : "A-") + String.format("%03d", sequence);
        fixture.queue.on(new TicketCalledEvent(id, day, number(display), "loket-1", 1, wib(day, 8, wait)));
    }

    @Test
    void aPeriodAcrossTheEndOfAMonthAddsItsDaysAndTakesThePercentileOverEveryWait() {
        // Oct 31: waits 10, 20, 30 (p90 30); Nov 1: waits 40 .. 50 in one clinic, 5 in the other
        ticket("a1", OCT_31, 1, "UMUM", 10);
        ticket("a2", OCT_31, 2, "UMUM", 20);
        ticket("a3", OCT_31, 3, "UMUM", 30);
        ticket("b1", NOV_1, 1, "UMUM", 40);
        ticket("b2", NOV_1, 2, "UMUM", 50);
        ticket("g1", NOV_1, 1, "GIGI", 5);
        fixture.queue.on(general("x", NOV_1.plusDays(1), 1, "UMUM", PaymentType.BPJS, wib(NOV_1.plusDays(1), 8, 0)));
        fixture.registrations.on(new RegistrationStartedEvent("r1", "REG-1", OCT_31, "a1", "A-001", "p1",
                PatientKind.BARU, PaymentType.BPJS, "UMUM", "dr-1", null, MedicalRecordStatus.CREATED, "loket",
                wib(OCT_31, 8, 20)));

        PeriodReport report = fixture.report(OCT_31, NOV_1);

        // waits sorted 5 10 20 30 40 50: rank ceil(0.9 * 6) = 6 → 50; average 155 / 6 minutes
        assertThat(report.queue().tickets()).isEqualTo(6);
        assertThat(report.queue().waitP90()).isEqualTo(Duration.ofMinutes(50));
        assertThat(report.queue().averageWait()).isEqualTo(Duration.ofSeconds(155 * 60 / 6));
        assertThat(report.clinics()).extracting(ClinicFigures::clinicCode, clinic -> clinic.queue().tickets())
                                    .containsExactly(org.assertj.core.groups.Tuple.tuple("GIGI", 1L),
                                            org.assertj.core.groups.Tuple.tuple("UMUM", 5L));
        assertThat(report.registrations().registrations()).isEqualTo(1);
        assertThat(report.days()).extracting(DayFigures::date).containsExactly(OCT_31, NOV_1);
        DayFigures october = report.days().get(0);
        assertThat(october.queue().tickets()).isEqualTo(3);
        assertThat(october.queue().waitP90()).isEqualTo(Duration.ofMinutes(30));
        assertThat(october.registrations().newPatients()).isEqualTo(1);
        assertThat(report.days().get(1).queue().tickets()).isEqualTo(3);
        assertThat(report.days().get(1).registrations()).isEqualTo(RegistrationFigures.NONE);
        assertThat(report.empty()).isFalse();
    }

    @Test
    void withoutDaysOnlyTheTotals() {
        ticket("a1", OCT_31, 1, "UMUM", 10);

        PeriodReport report = fixture.queries.handle(new FindPeriodReportQuery(OCT_31, NOV_1, false));

        assertThat(report.days()).isEmpty();
        assertThat(report.queue().tickets()).isEqualTo(1);
    }

    @Test
    void daysWithoutDataAreEmptyFiguresAndAnEmptyPeriodIsEmpty() {
        ticket("a1", OCT_31, 1, "UMUM", 10);

        PeriodReport report = fixture.report(NOV_1, NOV_1.plusDays(2));

        assertThat(report.empty()).isTrue();
        assertThat(report.queue()).isEqualTo(QueueFigures.NONE);
        assertThat(report.clinics()).isEmpty();
        assertThat(report.registrations()).isEqualTo(RegistrationFigures.NONE);
        assertThat(report.bpjs()).isEqualTo(BpjsFigures.NONE);
        assertThat(report.days()).hasSize(3).allSatisfy(day -> {
            assertThat(day.queue()).isEqualTo(QueueFigures.NONE);
            assertThat(day.clinics()).isEmpty();
            assertThat(day.bpjs()).isEqualTo(BpjsFigures.NONE);
        });
    }

    @Test
    void aWholeLeapYearHasEveryDayInOrder() {
        ticket("a1", LocalDate.of(2024, 2, 29), 1, "UMUM", 10);

        PeriodReport report = fixture.report(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        assertThat(report.days()).hasSize(366);
        assertThat(report.days().get(59).date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(report.days().get(59).queue().tickets()).isEqualTo(1);
        assertThat(report.queue().tickets()).isEqualTo(1);
    }
}
