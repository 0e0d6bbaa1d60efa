package id.giliran.report.query;

import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketArrivalConfirmedEvent;
import id.giliran.api.queue.TicketBookingCancelledEvent;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketDirectedToClinicEvent;
import id.giliran.api.queue.TicketFinishedEvent;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketRecalledEvent;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.queue.TicketSkippedEvent;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.report.DashboardChanged;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.WatchDashboardQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static id.giliran.report.query.StatisticsFixture.TODAY;
import static id.giliran.report.query.StatisticsFixture.at;
import static id.giliran.report.query.StatisticsFixture.booked;
import static id.giliran.report.query.StatisticsFixture.general;
import static id.giliran.report.query.StatisticsFixture.number;
import static id.giliran.report.query.StatisticsFixture.priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

class QueueStatisticsProjectionTest {

    private final StatisticsFixture fixture = new StatisticsFixture();

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private void call(String id, String number, int counter, Instant at) {
        fixture.queue.on(new TicketCalledEvent(id, TODAY, number(number), "loket-" + counter, counter, at));
    }

    private void serve(String id, String number, Instant from, Instant to) {
        fixture.queue.on(new TicketServingStartedEvent(id, TODAY, number(number), from));
        fixture.queue.on(new TicketFinishedEvent(id, TODAY, number(number), to));
    }

    @Test
    void countsKioskTicketsByCategoryPaymentAndStatus() {
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));
        fixture.queue.on(general("t2", 2, "UMUM", PaymentType.UMUM, at(5)));
        fixture.queue.on(priority("p1", 1, PriorityReason.LANSIA, "GIGI", at(6)));
        fixture.queue.on(priority("p2", 2, PriorityReason.IBU_HAMIL, "UMUM", at(7)));
        fixture.queue.on(priority("p3", 3, PriorityReason.LANSIA, "UMUM", at(8)));
        call("t1", "A-001", 1, at(10));
        serve("t1", "A-001", at(11), at(20));

        QueueFigures queue = fixture.dashboard(TODAY).queue();
        assertThat(queue.tickets()).isEqualTo(5);
        assertThat(queue.general()).isEqualTo(2);
        assertThat(queue.priority()).isEqualTo(3);
        assertThat(queue.priority(PriorityReason.LANSIA)).isEqualTo(2);
        assertThat(queue.priority(PriorityReason.IBU_HAMIL)).isEqualTo(1);
        assertThat(queue.priority(PriorityReason.BALITA)).isZero();
        assertThat(queue.bpjs()).isEqualTo(4);
        assertThat(queue.umum()).isEqualTo(1);
        assertThat(queue.waiting()).isEqualTo(4);
        assertThat(queue.served()).isEqualTo(1);
        assertThat(queue.online()).isZero();
    }

    @Test
    void averagesAndTheNinetiethPercentileByNearestRank() {
        // waits 10, 20, ..., 100 minutes (ten tickets): nearest rank ceil(0.9 * 10) = 9th → 90 minutes
        for (int i = 1; i <= 10; i++) {
            fixture.queue.on(general("t" + i, i, "UMUM", PaymentType.BPJS, at(0)));
            call("t" + i, "A-" + String.format("%03d", i), 1, at(10 * i));
        }
        serve("t1", "A-001", at(10), at(16));
        serve("t2", "A-002", at(20), at(30));
        fixture.queue.on(new TicketServingStartedEvent("t3", TODAY, number("A-003"), at(30)));

        QueueFigures queue = fixture.dashboard(TODAY).queue();
        assertThat(queue.waitsMeasured()).isEqualTo(10);
        assertThat(queue.averageWait()).isEqualTo(Duration.ofMinutes(55));
        assertThat(queue.waitP90()).isEqualTo(Duration.ofMinutes(90));
        assertThat(queue.servicesMeasured()).as("a service still going is not measured").isEqualTo(2);
        assertThat(queue.averageService()).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void perClinicInTheirDisplayOrderWithTheirNamesOfNow() {
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));
        fixture.queue.on(general("g1", 1, "GIGI", PaymentType.UMUM, at(1)));
        fixture.queue.on(priority("p1", 1, PriorityReason.BALITA, "GIGI", at(2)));

        assertThat(fixture.dashboard(TODAY).clinics())
                .extracting(ClinicFigures::clinicCode, ClinicFigures::clinicName, clinic -> clinic.queue().tickets())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GIGI", "Poli Gigi & Mulut", 2L),
                        org.assertj.core.groups.Tuple.tuple("UMUM", "Poli Umum", 1L));
    }

    @Test
    void onlineBookingsCountAsPatientsOnceArrivedWithTheirWaitFromTheArrival() {
        fixture.queue.on(booked("b1", 1, at(-600)));
        fixture.queue.on(booked("b2", 2, at(-600)));
        fixture.queue.on(booked("b3", 3, at(-600)));
        fixture.queue.on(new TicketArrivalConfirmedEvent("b1", TODAY, number("A-001"), ArrivalChannel.KIOSK, at(30)));
        fixture.queue.on(new TicketBookingCancelledEvent("b3", TODAY, number("A-003"), "UMUM", "sakit", "p", at(5)));
        call("b1", "A-001", 1, at(45));

        QueueFigures queue = fixture.dashboard(TODAY).queue();
        assertThat(queue.tickets()).as("only the arrived booking is a patient").isEqualTo(1);
        assertThat(queue.online()).isEqualTo(1);
        assertThat(queue.bookedNotArrived()).isEqualTo(1);
        assertThat(queue.umum()).isEqualTo(1);
        assertThat(queue.averageWait()).isEqualTo(Duration.ofMinutes(15));
        assertThat(fixture.dashboard(TODAY).arrivals()).as("arrived 08:30, now 10:40")
                .extracting(slot -> slot.start().toString(), slot -> slot.patients())
                .startsWith(org.assertj.core.groups.Tuple.tuple("08:30", 1L)).hasSize(5);
    }

    @Test
    void aSkippedPatientCalledAgainAndServedIsServedWithTheWaitToTheFirstCall() {
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));
        fixture.queue.on(general("t2", 2, "UMUM", PaymentType.BPJS, at(0)));
        call("t1", "A-001", 1, at(10));
        fixture.queue.on(new TicketSkippedEvent("t1", TODAY, number("A-001"), at(12)));
        call("t2", "A-002", 1, at(14));
        fixture.queue.on(new TicketSkippedEvent("t2", TODAY, number("A-002"), at(16)));
        call("t1", "A-001", 2, at(40));
        fixture.queue.on(new TicketRecalledEvent("t1", TODAY, number("A-001"), 2, at(42)));
        serve("t1", "A-001", at(43), at(50));

        QueueFigures queue = fixture.dashboard(TODAY).queue();
        assertThat(queue.served()).isEqualTo(1);
        assertThat(queue.notPresent()).as("only the one never served").isEqualTo(1);
        assertThat(queue.averageWait()).as("10 and 14 minutes to the first calls").isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void aTicketSentOnToTheClinicIsServed() {
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));
        call("t1", "A-001", 1, at(5));
        fixture.queue.on(new TicketServingStartedEvent("t1", TODAY, number("A-001"), at(6)));
        fixture.queue.on(new TicketDirectedToClinicEvent("t1", TODAY, number("A-001"), "UMUM", "r1", at(9)));

        QueueFigures queue = fixture.dashboard(TODAY).queue();
        assertThat(queue.served()).isEqualTo(1);
        assertThat(queue.averageService()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void ticketsLandInTheirServiceDayAndArrivalsInTheHalfHourOfJakarta() {
        // 23:50 WIB on the 21st for the 21st; 00:10 WIB on the 22nd for the 22nd; 16:59 UTC = 23:59 WIB
        fixture.queue.on(general("late", TODAY.minusDays(1), 1, "UMUM", PaymentType.BPJS,
                Instant.parse("2026-11-21T16:50:00Z")));
        fixture.queue.on(general("last", TODAY.minusDays(1), 2, "UMUM", PaymentType.BPJS,
                Instant.parse("2026-11-21T16:59:00Z")));
        fixture.queue.on(general("early", TODAY, 1, "UMUM", PaymentType.BPJS, Instant.parse("2026-11-21T17:10:00Z")));

        DashboardView yesterday = fixture.dashboard(TODAY.minusDays(1));
        assertThat(yesterday.queue().tickets()).isEqualTo(2);
        assertThat(yesterday.arrivals()).extracting(slot -> slot.start().toString(), slot -> slot.patients())
                                        .containsExactly(org.assertj.core.groups.Tuple.tuple("23:30", 2L));
        DashboardView today = fixture.dashboard(TODAY);
        assertThat(today.queue().tickets()).isEqualTo(1);
        assertThat(today.arrivals()).as("from 00:00 to now, 10:40").hasSize(22);
        assertThat(today.arrivals().get(0).start().toString()).isEqualTo("00:00");
        assertThat(today.arrivals().get(0).patients()).isEqualTo(1);
        assertThat(today.arrivals().get(21).start().toString()).isEqualTo("10:30");
    }

    @Test
    void countersInNumberOrderWithTheTicketTheyCalledLast() {
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));
        fixture.queue.on(general("t2", 2, "UMUM", PaymentType.BPJS, at(1)));
        fixture.queue.on(general("g1", 1, "GIGI", PaymentType.BPJS, at(2)));
        call("t1", "A-001", 2, at(10));
        serve("t1", "A-001", at(11), at(15));
        call("g1", "B-001", 2, at(16));
        fixture.queue.on(new TicketServingStartedEvent("g1", TODAY, number("B-001"), at(17)));

        assertThat(fixture.dashboard(TODAY).counters())
                .extracting(c -> c.counterNumber(), c -> c.counterName(), c -> c.ticketNumber(), c -> c.clinicName(),
                        c -> c.status(), c -> c.since())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Loket 1", null, null, null, null),
                        org.assertj.core.groups.Tuple.tuple(2, "Loket 2", "B-001", "Poli Gigi & Mulut",
                                TicketStatus.SERVING, at(17)));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        TicketIssuedEvent issued = general("t1", 1, "UMUM", PaymentType.BPJS, at(0));
        TicketCalledEvent called = new TicketCalledEvent("t1", TODAY, number("A-001"), "loket-1", 1, at(10));
        TicketSkippedEvent skipped = new TicketSkippedEvent("t1", TODAY, number("A-001"), at(12));
        fixture.queue.on(issued);
        fixture.queue.on(issued);
        fixture.queue.on(called);
        fixture.queue.on(called);
        fixture.queue.on(skipped);
        DashboardView once = fixture.dashboard(TODAY);

        fixture.queue.on(skipped);
        assertThat(fixture.dashboard(TODAY)).isEqualTo(once);
        // after a crash the processor hands the events again from its last token, in order
        fixture.queue.on(issued);
        fixture.queue.on(called);
        fixture.queue.on(skipped);
        assertThat(fixture.dashboard(TODAY)).isEqualTo(once);
        assertThat(once.queue().tickets()).isEqualTo(1);
        assertThat(once.queue().notPresent()).isEqualTo(1);
        assertThat(once.queue().waitsMeasured()).isEqualTo(1);
    }

    @Test
    void oddTicketIdsAndPrefixesAreSafeFieldNames() {
        fixture.queue.on(new TicketIssuedEvent("t.1$x%2E", TODAY, new id.giliran.api.queue.TicketNumber("$A.", 1),
                id.giliran.api.queue.TicketCategory.GENERAL, null, PaymentType.BPJS, "U.M$", at(0)));
        fixture.queue.on(new TicketIssuedEvent("t.1$x.", TODAY, new id.giliran.api.queue.TicketNumber("$A.", 2),
                id.giliran.api.queue.TicketCategory.GENERAL, null, PaymentType.BPJS, "U.M$", at(1)));

        assertThat(fixture.dashboard(TODAY).clinics()).extracting(ClinicFigures::clinicCode).containsExactly("U.M$");
        assertThat(fixture.dashboard(TODAY).queue().tickets()).isEqualTo(2);
    }

    @Test
    void theResetEmptiesTheStatistics() {
        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));

        fixture.queue.reset();

        assertThat(fixture.report(TODAY, TODAY).empty()).isTrue();
        assertThat(fixture.dashboard(TODAY).counters()).as("the counters are rebuilt by the replay too").isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyChangeTellsTheDashboardsOfItsDay() {
        assertThat(fixture.queries.handle(new WatchDashboardQuery(TODAY))).isEqualTo(new DashboardChanged(TODAY));

        fixture.queue.on(general("t1", 1, "UMUM", PaymentType.BPJS, at(0)));

        ArgumentCaptor<Predicate<WatchDashboardQuery>> filter = ArgumentCaptor.forClass(Predicate.class);
        verify(fixture.emitter, atLeastOnce()).emit(eq(WatchDashboardQuery.class), filter.capture(),
                eq(new DashboardChanged(TODAY)));
        assertThat(filter.getValue().test(new WatchDashboardQuery(TODAY))).isTrue();
        assertThat(filter.getValue().test(new WatchDashboardQuery(TODAY.plusDays(1)))).isFalse();
        verify(fixture.emitter, atLeastOnce()).emit(eq(WatchDashboardQuery.class), any(Predicate.class),
                any(DashboardChanged.class));
    }
}
