package id.giliran.report.query;

import id.giliran.api.queue.TicketArrivalConfirmedEvent;
import id.giliran.api.queue.TicketBookedEvent;
import id.giliran.api.queue.TicketBookingCancelledEvent;
import id.giliran.api.queue.TicketCalledEvent;
import id.giliran.api.queue.TicketDirectedToClinicEvent;
import id.giliran.api.queue.TicketFinishedEvent;
import id.giliran.api.queue.TicketIssuedEvent;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketRecalledEvent;
import id.giliran.api.queue.TicketServingStartedEvent;
import id.giliran.api.queue.TicketSkippedEvent;
import id.giliran.api.report.DashboardChanged;
import id.giliran.api.report.WatchDashboardQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The queue half of the statistics behind the dashboard and the reports (issue #12): each ticket's facts
 * in its queue line's document of the service day, and that line's figures summed up again after every
 * change (see {@link StatisticsStore}). The line, the ticket prefix, is in every ticket event, so no
 * event needs a look-up to find its document. Each change tells the dashboards of that day.
 */
@Component
@ProcessingGroup(QueueStatisticsProjection.PROCESSING_GROUP)
class QueueStatisticsProjection {

    static final String PROCESSING_GROUP = "statistics";

    private final StatisticsStore store;
    private final QueryUpdateEmitter updateEmitter;

    QueueStatisticsProjection(MongoTemplate mongo, QueryUpdateEmitter updateEmitter) {
        this.store = new StatisticsStore(mongo);
        this.updateEmitter = updateEmitter;
    }

    @EventHandler
    void on(TicketIssuedEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketBookedEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketArrivalConfirmedEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketBookingCancelledEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketCalledEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketRecalledEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketSkippedEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketServingStartedEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketFinishedEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    @EventHandler
    void on(TicketDirectedToClinicEvent event) {
        change(event.serviceDate(), event.number(), event.ticketId(), TicketFacts.of(event));
    }

    private void change(LocalDate day, TicketNumber number, String ticketId, Change change) {
        store.change(StatisticsStore.QUEUE_LINES, Keys.lineId(day, number.prefix()), day, TicketFacts.TICKETS,
                Keys.field(ticketId), change, queuePart(number.prefix()), TicketFacts::summary);
        updateEmitter.emit(WatchDashboardQuery.class, query -> query.serviceDate().equals(day),
                new DashboardChanged(day));
    }

    /** Where a queue line's summary sits in the day's summary document. */
    static String queuePart(String prefix) {
        return "queue." + Keys.field(prefix);
    }

    /** Empties the whole statistics read model; the other handlers of the group have nothing of their own. */
    @ResetHandler
    void reset() {
        store.reset();
    }
}
