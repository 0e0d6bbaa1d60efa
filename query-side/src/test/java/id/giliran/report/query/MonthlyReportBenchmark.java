package id.giliran.report.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import id.giliran.api.masterdata.ClinicRegisteredEvent;
import id.giliran.api.masterdata.CounterRegisteredEvent;
import id.giliran.api.masterdata.DoctorSavedEvent;
import id.giliran.api.queue.ArrivalChannel;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketArrivalConfirmedEvent;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketBookingCancelledEvent;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketDirectedToClinicEvent;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.queue.TicketSkippedEvent;
import id.giliran.api.registration.BpjsVisitAttemptFailedEvent;
import id.giliran.api.registration.BpjsVisitBridgedEvent;
import id.giliran.api.registration.BpjsVisitRequestedEvent;
import id.giliran.api.registration.MedicalRecordStatus;
import id.giliran.api.registration.PatientKind;
import id.giliran.api.registration.RegistrationStartedEvent;
import id.giliran.api.report.FindDashboardQuery;
import id.giliran.api.report.FindPeriodReportQuery;
import id.giliran.api.report.PeriodReport;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Issue #12's target: a monthly report over 100,000 tickets answers in under a second on the embedded
 * default (mongo-java-server with its H2 file backend, as the application runs it). Not a {@code *Test}:
 * run it with {@code mvn -B -ntp -pl query-side -am test -Dtest=MonthlyReportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. It prints its figures and asserts only that the reports count
 * what was built (no timing assertion: the build machine is shared).
 * <p>
 * The month's documents are built with the projections' own code ({@link TicketFacts} and the
 * registration changes turn each event into its change, {@link StatisticsStore#summarize} sums each
 * document up) but written once per document instead of once per event: 400,000 events through the
 * handlers would take far longer than the report. A smaller day goes through the handlers to show their
 * speed. The eleven months before are copies of the month's day summaries (reports read nothing else).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportBenchmark {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final int TICKETS = Integer.getInteger("statistics.benchmark.tickets", 100_000);
    static final int RUNS = Integer.getInteger("statistics.benchmark.runs", 30);
    static final LocalDate FIRST = LocalDate.of(2026, 10, 1);
    static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    static final String[] CLINICS = {"UMUM", "GIGI", "KIA", "LANSIA"};
    static final String[] PREFIXES = {"A", "B", "C", "D"};
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-31T05:00:00Z"), JAKARTA);

    @TempDir
    static Path directory;
    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private StatisticsQueries queries;
    private long registrations;

    @BeforeAll
    void buildOneMonth() {
        server = new MongoServer(new H2Backend(directory.resolve("mongo.mv").toString()));
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "giliran-benchmark");
        queries = new StatisticsQueries(mongo, CLOCK);
        StatisticsNamesProjection names = new StatisticsNamesProjection(mongo);
        for (int i = 0; i < CLINICS.length; i++) {
            names.on(new ClinicRegisteredEvent(CLINICS[i], "Poli " + CLINICS[i], PREFIXES[i]));
            names.on(new DoctorSavedEvent("dr-" + i, "dr. Dokter " + i, "SIP-" + i, CLINICS[i], "D" + i, true));
            names.on(new CounterRegisteredEvent("loket-" + i, i + 1, "Loket " + (i + 1)));
        }
        StatisticsStore store = new StatisticsStore(mongo);
        Random random = new Random(12);
        long began = System.nanoTime();
        int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
        int ticketNumber = 0;
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            int today = TICKETS / days + (day.equals(LAST) ? TICKETS % days : 0);
            Map<String, Document> lines = new HashMap<>();
            Document registrationDay = new Document("_id", day.toString()).append("version", 1L);
            Document bpjsDay = new Document("_id", day.toString()).append("version", 1L);
            for (int i = 0; i < today; i++) {
                seedTicket(day, "t-" + ++ticketNumber, i + 1, random, lines, registrationDay, bpjsDay);
            }
            for (Map.Entry<String, Document> line : lines.entrySet()) {
                mongo.insert(line.getValue(), StatisticsStore.QUEUE_LINES);
                store.summarize(day, QueueStatisticsProjection.queuePart(line.getKey()), line.getValue(),
                        TicketFacts::summary);
            }
            mongo.insert(registrationDay, StatisticsStore.REGISTRATION_DAYS);
            store.summarize(day, "registrations", registrationDay, RegistrationTally::summary);
            mongo.insert(bpjsDay, StatisticsStore.BPJS_DAYS);
            store.summarize(day, "bpjs", bpjsDay, BpjsTally::summary);
        }
        System.out.printf("[figures] %,d tickets and %,d registrations of %s..%s built in %.1f s%n", TICKETS,
                registrations, FIRST, LAST, (System.nanoTime() - began) / 1e9);
        List<Document> month = store.days(FIRST.datesUntil(LAST.plusDays(1)).map(LocalDate::toString).toList());
        for (LocalDate day = LAST.minusYears(1).plusDays(1); day.isBefore(FIRST); day = day.plusDays(1)) {
            Document copy = new Document(month.get(day.getDayOfMonth() % month.size()));
            copy.put("_id", day.toString());
            mongo.insert(copy, StatisticsStore.DAYS);
        }
    }

    private void seedTicket(LocalDate day, String ticketId, int sequence, Random random, Map<String, Document> lines,
                            Document registrationDay, Document bpjsDay) {
        int clinic = random.nextInt(CLINICS.length);
        boolean priority = random.nextInt(5) == 0;
        String prefix = priority ? "P" : PREFIXES[clinic];
        TicketNumber number = new TicketNumber(prefix, sequence);
        PaymentType payment = random.nextInt(10) < 7 ? PaymentType.BPJS : PaymentType.UMUM;
        Instant taken = ZonedDateTime.of(day.atTime(7, 0), JAKARTA).toInstant().plusSeconds(random.nextInt(5 * 3600));
        List<Change> changes = new ArrayList<>();
        Instant arrived = taken;
        if (random.nextInt(10) == 0) {
            changes.add(TicketFacts.of(new TicketBookedEvent(ticketId, day, number, priority ? TicketCategory.PRIORITY
                    : TicketCategory.GENERAL, priority ? PriorityReason.LANSIA : null, payment, CLINICS[clinic],
                    "p", "c", null, null, null, taken.minusSeconds(86_400))));
            int fate = random.nextInt(10);
            if (fate == 0) {
                changes.add(TicketFacts.of(new TicketBookingCancelledEvent(ticketId, day, number, CLINICS[clinic],
                        "x", "p", taken)));
            } else if (fate < 9) {
                changes.add(TicketFacts.of(new TicketArrivalConfirmedEvent(ticketId, day, number,
                        ArrivalChannel.KIOSK, taken)));
            }
            if (fate == 0 || fate == 9) {
                apply(lines, day, prefix, ticketId, changes);
                return;
            }
        } else {
            changes.add(TicketFacts.of(new TicketIssuedEvent(ticketId, day, number, priority ? TicketCategory.PRIORITY
                    : TicketCategory.GENERAL, priority ? PriorityReason.values()[random.nextInt(4)] : null, payment,
                    CLINICS[clinic], taken)));
        }
        Instant called = arrived.plusSeconds(60L + random.nextInt(90 * 60));
        int counter = 1 + random.nextInt(CLINICS.length);
        changes.add(TicketFacts.of(new TicketCalledEvent(ticketId, day, number, "loket-" + counter, counter, called)));
        if (random.nextInt(20) == 0) {
            changes.add(TicketFacts.of(new TicketSkippedEvent(ticketId, day, number, called.plusSeconds(120))));
        } else {
            Instant started = called.plusSeconds(60);
            changes.add(TicketFacts.of(new TicketServingStartedEvent(ticketId, day, number, started)));
            changes.add(TicketFacts.of(new TicketDirectedToClinicEvent(ticketId, day, number, CLINICS[clinic],
                    "r-" + ticketId, started.plusSeconds(180L + random.nextInt(720)))));
            seedRegistration(day, "r-" + ticketId, clinic, payment, started, random, registrationDay, bpjsDay);
        }
        apply(lines, day, prefix, ticketId, changes);
    }

    private void seedRegistration(LocalDate day, String registrationId, int clinic, PaymentType payment,
                                  Instant at, Random random, Document registrationDay, Document bpjsDay) {
        registrations++;
        Document entry = entry(registrationDay, RegistrationTally.REGISTRATIONS, registrationId);
        RegistrationStatisticsProjection.started(new RegistrationStartedEvent(registrationId, "REG", day, "t",
                "A-001", "p", random.nextInt(4) == 0 ? PatientKind.BARU : PatientKind.LAMA, payment, CLINICS[clinic],
                "dr-" + clinic, null, MedicalRecordStatus.DELIVERED, "loket", at)).applyTo(entry);
        if (payment == PaymentType.BPJS) {
            Document visit = entry(bpjsDay, BpjsTally.VISITS, registrationId);
            RegistrationStatisticsProjection.visit(new BpjsVisitRequestedEvent(registrationId, "c", day, "p", "001",
                    "loket", at, "p1")).applyTo(visit);
            int fate = random.nextInt(20);
            (fate == 0 ? RegistrationStatisticsProjection.visit(new BpjsVisitAttemptFailedEvent(registrationId, 5,
                    false, "x", false, null, at))
                    : RegistrationStatisticsProjection.visit(new BpjsVisitBridgedEvent(registrationId, 1, "1", true,
                    at))).applyTo(visit);
        }
    }

    private static void apply(Map<String, Document> lines, LocalDate day, String prefix, String ticketId,
                              List<Change> changes) {
        Document line = lines.computeIfAbsent(prefix, p -> new Document("_id", Keys.lineId(day, p))
                .append("date", day.toString()).append("version", 1L));
        Document ticket = entry(line, TicketFacts.TICKETS, ticketId);
        changes.forEach(change -> change.applyTo(ticket));
    }

    private static Document entry(Document document, String map, String id) {
        Document entries = (Document) document.computeIfAbsent(map, m -> new Document());
        return (Document) entries.computeIfAbsent(Keys.field(id), key -> new Document());
    }

    @AfterAll
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void timesTheReports() {
        PeriodReport month = queries.handle(new FindPeriodReportQuery(FIRST, LAST, true));
        assertThat(month.queue().tickets() + month.queue().bookedNotArrived()).isBetween(TICKETS * 95L / 100, (long) TICKETS);
        assertThat(month.registrations().registrations()).isEqualTo(registrations);
        assertThat(month.days()).hasSize(31);
        StatisticsStore store = new StatisticsStore(mongo);
        List<String> monthIds = FIRST.datesUntil(LAST.plusDays(1)).map(LocalDate::toString).toList();
        List<String> yearIds = LAST.minusYears(1).plusDays(1).datesUntil(LAST.plusDays(1)).map(LocalDate::toString)
                                   .toList();
        System.out.printf("[figures] %-44s %9s %9s %9s%n", "answer (" + RUNS + " runs)", "p50 ms", "p95 ms", "max ms");
        time("monthly report, totals only", () -> queries.handle(new FindPeriodReportQuery(FIRST, LAST, false)));
        time("monthly report with its 31 days", () -> queries.handle(new FindPeriodReportQuery(FIRST, LAST, true)));
        time("one-year report with its 365 days", () -> queries.handle(new FindPeriodReportQuery(
                LAST.minusYears(1).plusDays(1), LAST, true)));
        time("dashboard of a day (" + TICKETS / 31 + " tickets)", () -> queries.handle(new FindDashboardQuery(LAST)));
        time("read a month's summaries, _id $in", () -> store.days(monthIds));
        time("read a month's summaries, findById each", () -> monthIds.stream()
                .map(id -> store.byId(id, StatisticsStore.DAYS)).toList());
        time("read a year's summaries, _id $in", () -> store.days(yearIds));
        time("read a year's summaries, findById each", () -> yearIds.stream()
                .map(id -> store.byId(id, StatisticsStore.DAYS)).toList());
        timeHandlers();
    }

    /** A day of {@code statistics.benchmark.handled} tickets through the handlers, event by event. */
    private void timeHandlers() {
        int tickets = Integer.getInteger("statistics.benchmark.handled", 500);
        QueueStatisticsProjection projection = new QueueStatisticsProjection(mongo, mock(QueryUpdateEmitter.class));
        LocalDate day = LocalDate.of(2026, 11, 1);
        Instant start = ZonedDateTime.of(day.atTime(7, 0), JAKARTA).toInstant();
        long began = System.nanoTime();
        for (int i = 1; i <= tickets; i++) {
            TicketNumber number = new TicketNumber("A", i);
            Instant taken = start.plusSeconds(30L * i);
            projection.on(new TicketIssuedEvent("h-" + i, day, number, TicketCategory.GENERAL, null, PaymentType.BPJS,
                    "UMUM", taken));
            projection.on(new TicketCalledEvent("h-" + i, day, number, "loket-1", 1, taken.plusSeconds(600)));
            projection.on(new TicketServingStartedEvent("h-" + i, day, number, taken.plusSeconds(660)));
            projection.on(new TicketDirectedToClinicEvent("h-" + i, day, number, "UMUM", "r", taken.plusSeconds(900)));
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("[figures] %,d ticket events into one queue line's day through the handlers: %.1f s, "
                + "%.1f ms per event on average%n", tickets * 4, seconds, seconds * 1000 / (tickets * 4));
    }

    private static void time(String what, Supplier<?> answer) {
        for (int i = 0; i < 3; i++) {
            answer.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long began = System.nanoTime();
            answer.get();
            nanos[i] = System.nanoTime() - began;
        }
        Arrays.sort(nanos);
        System.out.printf("[figures] %-44s %9.1f %9.1f %9.1f%n", what, nanos[RUNS / 2] / 1e6,
                nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6);
    }
}
