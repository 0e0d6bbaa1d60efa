package id.giliran.report.query;

import id.giliran.api.report.BpjsFigures;
import id.giliran.api.report.DashboardChanged;
import id.giliran.api.report.DashboardView;
import id.giliran.api.report.DayFigures;
import id.giliran.api.report.FindDashboardQuery;
import id.giliran.api.report.FindPeriodReportQuery;
import id.giliran.api.report.PeriodReport;
import id.giliran.api.report.QueueFigures;
import id.giliran.api.report.RegistrationFigures;
import id.giliran.api.report.WatchDashboardQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard and the period reports, read from the days' summaries (one small document per day, by
 * id): a month is some thirty documents, a year 366, whatever the number of tickets. Only the dashboard
 * reads a day's ticket entries, for its arrivals and counters.
 */
@Component
class StatisticsQueries {

    private final StatisticsStore store;
    private final Clock clock;

    StatisticsQueries(MongoTemplate mongo, Clock clock) {
        this.store = new StatisticsStore(mongo);
        this.clock = clock;
    }

    @QueryHandler
    DashboardChanged handle(WatchDashboardQuery query) {
        return new DashboardChanged(query.serviceDate());
    }

    @QueryHandler
    PeriodReport handle(FindPeriodReportQuery query) {
        if (query.from().isAfter(query.to())) {
            throw new IllegalArgumentException("from after to");
        }
        List<String> dates = query.from().datesUntil(query.to().plusDays(1)).map(LocalDate::toString).toList();
        Map<String, Document> byDate = new HashMap<>();
        store.days(dates).forEach(day -> byDate.put(day.getString("_id"), day));
        Names names = new Names(store.mongo());
        DaySummary total = new DaySummary();
        List<DayFigures> days = new ArrayList<>();
        for (String date : dates) {
            Document day = byDate.get(date);
            if (day == null) {
                if (query.withDays()) {
                    days.add(new DayFigures(LocalDate.parse(date), QueueFigures.NONE, List.of(),
                            RegistrationFigures.NONE, BpjsFigures.NONE));
                }
                continue;
            }
            DaySummary summary = DaySummary.of(day);
            total.add(summary);
            if (query.withDays()) {
                days.add(summary.figures(LocalDate.parse(date), names));
            }
        }
        return new PeriodReport(query.from(), query.to(), total.queue(), total.clinics(names),
                total.registrations(names), total.bpjs(), List.copyOf(days));
    }

    @QueryHandler
    DashboardView handle(FindDashboardQuery query) {
        LocalDate date = query.serviceDate();
        Document day = store.byId(date.toString(), StatisticsStore.DAYS);
        DaySummary summary = day == null ? new DaySummary() : DaySummary.of(day);
        List<Document> lines = day == null ? List.of()
                : store.byIds(DaySummary.lineIds(day), StatisticsStore.QUEUE_LINES);
        Names names = new Names(store.mongo());
        Dashboard board = new Dashboard(lines, clock, names);
        return new DashboardView(date, summary.queue(), summary.clinics(names), summary.registrations(names),
                summary.bpjs(), board.arrivals(date), board.counters());
    }
}
