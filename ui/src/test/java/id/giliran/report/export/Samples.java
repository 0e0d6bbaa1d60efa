package id.giliran.report.export;

import id.giliran.api.queue.PriorityReason;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.report.ArrivalSlot;
import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.ClinicFigures;
import id.giliran.api.report.CounterServing;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.NamedCount;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** Sample report data, built by hand: the projection that fills the records is written elsewhere. */
final class Samples {

    static final ZonedDateTime EXPORTED_AT = ZonedDateTime.of(2026, 11, 29, 19, 45, 0, 0, ZoneId.of("Asia/Jakarta"));
    static final String FACILITY = "Puskesmas Sukamaju";
    static final String ADDRESS = "Jl. Merdeka No. 10, Kota Bandung";
    static final String USER = "admin@giliran.id";

    private Samples() {
    }

    static ExportHeader header(String title, LocalDate from, LocalDate to) {
        return new ExportHeader(FACILITY, ADDRESS, title, from, to, USER, EXPORTED_AT);
    }

    /** Queue figures of a day: {@code n} scales every count, so days differ. */
    static QueueFigures queue(long n) {
        long lansia = n;
        long bumil = n / 2;
        long disabilitas = n % 3;
        long balita = n / 3;
        long priority = lansia + bumil + disabilitas + balita;
        long general = 3 * n + 1;
        long tickets = priority + general;
        long bpjs = (tickets * 2) / 3;
        return new QueueFigures(tickets, priority, general,
                Map.of(PriorityReason.LANSIA, lansia, PriorityReason.IBU_HAMIL, bumil,
                        PriorityReason.DISABILITAS, disabilitas, PriorityReason.BALITA, balita),
                bpjs, tickets - bpjs, n, 0, tickets - 1, 1, 0,
                Duration.ofSeconds(600 + n * 7), Duration.ofSeconds(1500 + n * 11), tickets,
                Duration.ofSeconds(300 + n), tickets - 1);
    }

    static List<ClinicFigures> clinics(long n) {
        return List.of(new ClinicFigures("UMU", "Poli Umum", queue(n)),
                new ClinicFigures("GIG", "Poli Gigi", queue(n / 2)),
                new ClinicFigures("KIA", "Poli KIA", queue(n / 3)));
    }

    static RegistrationFigures registrations(long n) {
        return new RegistrationFigures(3 * n, n, 2 * n, 2 * n, n, 1,
                List.of(new NamedCount("UMU", "Poli Umum", 2 * n), new NamedCount("GIG", "Poli Gigi", n)),
                List.of(new NamedCount("D1", "dr. Sari Wulandari", 2 * n), new NamedCount(null, null, n)));
    }

    static BpjsFigures bpjs(long n) {
        return new BpjsFigures(2 * n, 1, n / 2, n % 2, 2 * n, 1, n % 3);
    }

    static DayFigures day(LocalDate date, long n) {
        return new DayFigures(date, queue(n), clinics(n), registrations(n), bpjs(n));
    }

    static DashboardView dashboard(LocalDate date) {
        List<ArrivalSlot> arrivals = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            arrivals.add(new ArrivalSlot(LocalTime.of(7, 0).plusMinutes(30L * i), (i * 7) % 11));
        }
        List<CounterServing> counters = List.of(
                new CounterServing(1, "Loket 1", "A-012", "Poli Umum", TicketStatus.SERVING,
                        Instant.parse("2026-11-29T03:10:00Z")),
                new CounterServing(2, "Loket 2", null, null, null, null));
        return new DashboardView(date, queue(12), clinics(12), registrations(12), bpjs(12), arrivals, counters);
    }

    static DashboardView emptyDashboard(LocalDate date) {
        return new DashboardView(date, QueueFigures.NONE, List.of(), RegistrationFigures.NONE, BpjsFigures.NONE,
                List.of(), List.of());
    }

    /** The totals of a period (days not asked for), with {@code n} as the scale. */
    static PeriodReport totals(LocalDate from, LocalDate to, long n) {
        return new PeriodReport(from, to, queue(n), clinics(n), registrations(n), bpjs(n), List.of());
    }

    static PeriodReport empty(LocalDate from, LocalDate to) {
        return new PeriodReport(from, to, QueueFigures.NONE, List.of(), RegistrationFigures.NONE, BpjsFigures.NONE,
                List.of());
    }

    /** The days of a period, made one at a time as a caller reading month by month would give them. */
    static Iterator<DayFigures> days(LocalDate from, LocalDate to) {
        return new Iterator<>() {
            private LocalDate next = from;

            @Override
            public boolean hasNext() {
                return !next.isAfter(to);
            }

            @Override
            public DayFigures next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                LocalDate date = next;
                next = next.plusDays(1);
                return day(date, date.getDayOfMonth() % 9 + (date.getDayOfWeek().getValue() == 7 ? 0 : 4));
            }
        };
    }
}
