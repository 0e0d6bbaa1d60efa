package id.giliran.report.query;

import id.giliran.api.queue.TicketStatus;
import id.giliran.api.report.ArrivalSlot;
import id.giliran.api.report.CounterServing;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the dashboard reads from a day's ticket entries (a few thousand at most): the patients who came
 * per half hour, in the Puskesmas' zone, and what each counter serves now.
 */
final class Dashboard {

    private static final int HALF_HOUR = 30;

    private final List<Document> tickets = new ArrayList<>();
    private final Clock clock;
    private final ZoneId zone;
    private final Names names;

    Dashboard(List<Document> lines, Clock clock, Names names) {
        this.clock = clock;
        this.zone = clock.getZone();
        this.names = names;
        for (Document line : lines) {
            Document entries = line.get(TicketFacts.TICKETS, Document.class);
            if (entries != null) {
                entries.values().forEach(ticket -> tickets.add((Document) ticket));
            }
        }
    }

    /**
     * From the first half hour with an arrival to the current half hour (today) or to the last arrival
     * (another day), empty half hours included. Slots are ordered by date and time, so a day whose patients
     * came on both sides of midnight still reads in order.
     */
    List<ArrivalSlot> arrivals(LocalDate date) {
        TreeMap<LocalDateTime, Long> counts = new TreeMap<>();
        for (Document ticket : tickets) {
            if (TicketFacts.patient(ticket)) {
                counts.merge(slot(TicketFacts.arrival(ticket).toInstant()), 1L, Long::sum);
            }
        }
        if (counts.isEmpty()) {
            return List.of();
        }
        LocalDateTime last = counts.lastKey();
        if (date.equals(LocalDate.now(clock))) {
            LocalDateTime now = slot(clock.instant());
            last = now.isAfter(last) ? now : last;
        }
        List<ArrivalSlot> slots = new ArrayList<>();
        for (LocalDateTime slot = counts.firstKey(); !slot.isAfter(last); slot = slot.plusMinutes(HALF_HOUR)) {
            slots.add(new ArrivalSlot(slot.toLocalTime(), counts.getOrDefault(slot, 0L)));
        }
        return List.copyOf(slots);
    }

    private LocalDateTime slot(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return local.withMinute(local.getMinute() / HALF_HOUR * HALF_HOUR).withSecond(0).withNano(0);
    }

    /** Every registered counter in number order, with the ticket it called last on this day. */
    List<CounterServing> counters() {
        Map<Integer, Document> lastCalled = new HashMap<>();
        for (Document ticket : tickets) {
            Object counter = ticket.get(TicketFacts.COUNTER);
            Date calledAt = ticket.getDate(TicketFacts.LAST_CALLED_AT);
            if (counter instanceof Number number && calledAt != null) {
                lastCalled.merge(number.intValue(), ticket, (one, other) ->
                        other.getDate(TicketFacts.LAST_CALLED_AT).after(one.getDate(TicketFacts.LAST_CALLED_AT))
                                ? other : one);
            }
        }
        return names.counters().stream().map(counter -> {
            Document ticket = lastCalled.get(counter.number());
            if (ticket == null) {
                return new CounterServing(counter.number(), counter.name(), null, null, null, null);
            }
            TicketStatus status = TicketStatus.valueOf(ticket.getString(TicketFacts.STATUS));
            return new CounterServing(counter.number(), counter.name(), ticket.getString(TicketFacts.NUMBER),
                    names.clinic(ticket.getString(TicketFacts.CLINIC)), status, since(ticket, status));
        }).toList();
    }

    /** Since when the ticket is where it stands: called (last), skipped, being served, or finished. */
    private static Instant since(Document ticket, TicketStatus status) {
        Date at = switch (status) {
            case SKIPPED -> ticket.getDate(TicketFacts.SKIPPED_AT);
            case SERVING -> ticket.getDate(TicketFacts.SERVING_STARTED_AT);
            case FINISHED, DIRECTED_TO_CLINIC -> ticket.getDate(TicketFacts.FINISHED_AT);
            default -> ticket.getDate(TicketFacts.LAST_CALLED_AT);
        };
        return at == null ? ticket.getDate(TicketFacts.LAST_CALLED_AT).toInstant() : at.toInstant();
    }
}
