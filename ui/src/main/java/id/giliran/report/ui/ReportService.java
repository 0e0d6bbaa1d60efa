package id.giliran.report.ui;

import id.giliran.api.report.DashboardChanged;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.FindDashboardQuery;
import id.giliran.api.report.FindPeriodReportQuery;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.ReportPeriod;
import id.giliran.api.report.WatchDashboardQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Service;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * What the dashboard and the reports read, all from the statistics read model through the query
 * gateway (so the same authorisation and the same projection answer, in one process or many).
 */
@Service
public class ReportService {

    /** Days are read for an export a month at a time, so a year is never held whole. */
    static final int DAYS_PER_READ = 31;

    private final QueryGateway queryGateway;
    private final Clock clock;

    ReportService(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public DashboardView dashboard(LocalDate day) {
        return queryGateway.query(new FindDashboardQuery(day), ResponseTypes.instanceOf(DashboardView.class)).join();
    }

    /**
     * Calls {@code onChange} whenever the statistics of {@code day} change, until the answer is
     * closed. Updates are handed to another thread: they arrive inside the projection's unit of work.
     */
    public AutoCloseable watch(LocalDate day, Runnable onChange) {
        SubscriptionQueryResult<DashboardChanged, DashboardChanged> changes = queryGateway.subscriptionQuery(
                new WatchDashboardQuery(day), ResponseTypes.instanceOf(DashboardChanged.class),
                ResponseTypes.instanceOf(DashboardChanged.class));
        changes.updates().publishOn(Schedulers.boundedElastic()).subscribe(change -> onChange.run());
        return changes::close;
    }

    /** Checks a period asked for today; throws {@link ReportPeriod.Refused} with a stable code. */
    public ReportPeriod period(LocalDate from, LocalDate to) {
        return ReportPeriod.of(from, to, today());
    }

    public PeriodReport report(ReportPeriod period, boolean withDays) {
        return queryGateway.query(new FindPeriodReportQuery(period.from(), period.to(), withDays),
                ResponseTypes.instanceOf(PeriodReport.class)).join();
    }

    /** Every day of the period in order, read a month at a time as the caller moves on. */
    public Iterator<DayFigures> days(ReportPeriod period) {
        return new Iterator<>() {
            private LocalDate next = period.from();
            private Iterator<DayFigures> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                return chunk.hasNext() || !next.isAfter(period.to());
            }

            @Override
            public DayFigures next() {
                if (!chunk.hasNext()) {
                    if (next.isAfter(period.to())) {
                        throw new NoSuchElementException();
                    }
                    LocalDate end = next.plusDays(DAYS_PER_READ - 1L);
                    if (end.isAfter(period.to())) {
                        end = period.to();
                    }
                    chunk = report(new ReportPeriod(next, end), true).days().iterator();
                    next = end.plusDays(1);
                }
                return chunk.next();
            }
        };
    }
}
