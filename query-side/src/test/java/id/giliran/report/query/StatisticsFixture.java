package id.giliran.report.query;

import id.giliran.api.masterdata.ClinicConfiguredEvent;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.CounterRegisteredEvent;
import id.giliran.api.masterdata.DoctorSavedEvent;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.report.FindDashboardQuery;
import id.giliran.api.report.FindPeriodReportQuery;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.PeriodReport;
import id.giliran.query.EmbeddedMongo;
import org.axonframework.queryhandling.QueryUpdateEmitter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.mockito.Mockito.mock;

/** The statistics projections and queries on an embedded MongoDB, with a clock fixed in Jakarta. */
final class StatisticsFixture implements AutoCloseable {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** 08:00 WIB on {@link #TODAY}. */
    static final Instant MORNING = Instant.parse("2026-11-22T01:00:00Z");
    /** Now: 10:40 WIB on {@link #TODAY}. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T03:40:00Z"), JAKARTA);

    final EmbeddedMongo mongo = new EmbeddedMongo();
    final QueryUpdateEmitter emitter = mock(QueryUpdateEmitter.class);
    final QueueStatisticsProjection queue = new QueueStatisticsProjection(mongo.template(), emitter);
    final RegistrationStatisticsProjection registrations =
            new RegistrationStatisticsProjection(mongo.template(), emitter, CLOCK);
    final StatisticsNamesProjection names = new StatisticsNamesProjection(mongo.template());
    final StatisticsQueries queries = new StatisticsQueries(mongo.template(), CLOCK);

    StatisticsFixture() {
        names.on(new ClinicRegisteredEvent("UMUM", "Poli Umum", "A"));
        names.on(new ClinicRegisteredEvent("GIGI", "Poli Gigi", "B"));
        names.on(new ClinicConfiguredEvent("GIGI", "Poli Gigi & Mulut", "003", 50, true, 1));
        names.on(new ClinicConfiguredEvent("UMUM", "Poli Umum", "001", 100, true, 2));
        names.on(new DoctorSavedEvent("dr-1", "dr. Ani", "SIP-1", "UMUM", "D1", true));
        names.on(new DoctorSavedEvent("dr-2", "drg. Budi", "SIP-2", "GIGI", "D2", true));
        names.on(new CounterRegisteredEvent("loket-2", 2, "Loket 2"));
        names.on(new CounterRegisteredEvent("loket-1", 1, "Loket 1"));
    }

    static Instant at(int minutesAfterMorning) {
        return MORNING.plusSeconds(60L * minutesAfterMorning);
    }

    static TicketIssuedEvent general(String id, int sequence, String clinic, PaymentType payment, Instant at) {
        return general(id, TODAY, sequence, clinic, payment, at);
    }

    static TicketIssuedEvent general(String id, LocalDate day, int sequence, String clinic, PaymentType payment,
                                     Instant at) {
        return new TicketIssuedEvent(id, day, new TicketNumber(clinic.equals("GIGI") ? "B" : "A", sequence),
                TicketCategory.GENERAL, null, payment, clinic, at);
    }

    static TicketIssuedEvent priority(String id, int sequence, PriorityReason reason, String clinic, Instant at) {
        return new TicketIssuedEvent(id, TODAY, new TicketNumber("P", sequence), TicketCategory.PRIORITY, reason,
                PaymentType.BPJS, clinic, at);
    }

    static TicketBookedEvent booked(String id, int sequence, Instant at) {
        return new TicketBookedEvent(id, TODAY, new TicketNumber("A", sequence), TicketCategory.GENERAL, null,
                PaymentType.UMUM, "UMUM", "+628123", "CODE" + sequence, null, null, null, at);
    }

    static TicketNumber number(String display) {
        return new TicketNumber(display.substring(0, 1), Integer.parseInt(display.substring(2)));
    }

    DashboardView dashboard(LocalDate day) {
        return queries.handle(new FindDashboardQuery(day));
    }

    PeriodReport report(LocalDate from, LocalDate to) {
        return queries.handle(new FindPeriodReportQuery(from, to, true));
    }

    @Override
    public void close() {
        mongo.close();
    }
}
