package id.giliran.report.query;

import id.giliran.api.queue.PriorityReason;
import id.giliran.api.report.QueueFigures;
import org.bson.Document;
import org.bson.types.Binary;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

/**
 * The queue figures of some tickets, summed up from their entries and added together over clinics and
 * days. Every measured wait is kept (milliseconds, packed as binary: 8 bytes a wait, a year of a busy
 * Puskesmas is a few megabytes) because the 90th percentile of a period is taken over all of them, not
 * over the days' percentiles.
 */
final class QueueTally {

    private long tickets;
    private long priority;
    private long general;
    private final EnumMap<PriorityReason, Long> reasons = new EnumMap<>(PriorityReason.class);
    private long bpjs;
    private long umum;
    private long online;
    private long waiting;
    private long served;
    private long notPresent;
    private long bookedNotArrived;
    private long[] waits = new long[16];
    private int waitCount;
    private long waitTotal;
    private long serviceTotal;
    private long services;

    /** Counts one ticket entry (see {@link TicketFacts} for its fields). */
    void add(Document ticket) {
        String status = ticket.getString(TicketFacts.STATUS);
        boolean isOnline = Boolean.TRUE.equals(ticket.getBoolean(TicketFacts.ONLINE));
        if (status == null || "CANCELLED".equals(status)) {
            return;
        }
        if ("BOOKED".equals(status)) {
            bookedNotArrived++;
            return;
        }
        Date arrived = TicketFacts.arrival(ticket);
        tickets++;
        if ("PRIORITY".equals(ticket.getString(TicketFacts.CATEGORY))) {
            priority++;
            String reason = ticket.getString(TicketFacts.REASON);
            if (reason != null) {
                reasons.merge(PriorityReason.valueOf(reason), 1L, Long::sum);
            }
        } else {
            general++;
        }
        if ("BPJS".equals(ticket.getString(TicketFacts.PAYMENT))) {
            bpjs++;
        } else {
            umum++;
        }
        online += isOnline ? 1 : 0;
        switch (status) {
            case "WAITING" -> waiting++;
            case "FINISHED", "DIRECTED_TO_CLINIC" -> served++;
            case "SKIPPED" -> notPresent++;
            default -> {
            }
        }
        Date called = ticket.getDate(TicketFacts.FIRST_CALLED_AT);
        if (arrived != null && called != null) {
            addWait(Math.max(0, called.getTime() - arrived.getTime()));
        }
        Date started = ticket.getDate(TicketFacts.SERVING_STARTED_AT);
        Date finished = ticket.getDate(TicketFacts.FINISHED_AT);
        if (started != null && finished != null && served(status)) {
            serviceTotal += Math.max(0, finished.getTime() - started.getTime());
            services++;
        }
    }

    private static boolean served(String status) {
        return "FINISHED".equals(status) || "DIRECTED_TO_CLINIC".equals(status);
    }

    private void addWait(long millis) {
        if (waitCount == waits.length) {
            waits = Arrays.copyOf(waits, waits.length * 2);
        }
        waits[waitCount++] = millis;
        waitTotal += millis;
    }

    QueueTally add(QueueTally other) {
        tickets += other.tickets;
        priority += other.priority;
        general += other.general;
        other.reasons.forEach((reason, count) -> reasons.merge(reason, count, Long::sum));
        bpjs += other.bpjs;
        umum += other.umum;
        online += other.online;
        waiting += other.waiting;
        served += other.served;
        notPresent += other.notPresent;
        bookedNotArrived += other.bookedNotArrived;
        if (waitCount + other.waitCount > waits.length) {
            waits = Arrays.copyOf(waits, Math.max(waits.length * 2, waitCount + other.waitCount));
        }
        System.arraycopy(other.waits, 0, waits, waitCount, other.waitCount);
        waitCount += other.waitCount;
        waitTotal += other.waitTotal;
        serviceTotal += other.serviceTotal;
        services += other.services;
        return this;
    }

    QueueFigures figures() {
        Duration averageWait = waitCount == 0 ? null : Duration.ofMillis(waitTotal).dividedBy(waitCount);
        Duration p90 = null;
        if (waitCount > 0) {
            long[] sorted = Arrays.copyOf(waits, waitCount);
            Arrays.sort(sorted);
            // nearest rank: the smallest wait with at least 90 % of the waits at or below it
            p90 = Duration.ofMillis(sorted[(int) Math.ceil(0.9 * waitCount) - 1]);
        }
        Duration averageService = services == 0 ? null : Duration.ofMillis(serviceTotal).dividedBy(services);
        return new QueueFigures(tickets, priority, general, Map.copyOf(reasons), bpjs, umum, online, waiting, served,
                notPresent, bookedNotArrived, averageWait, p90, waitCount, averageService, services);
    }

    Document toDocument() {
        Document byReason = new Document();
        reasons.forEach((reason, count) -> byReason.append(reason.name(), count));
        ByteBuffer packed = ByteBuffer.allocate(waitCount * Long.BYTES);
        for (int i = 0; i < waitCount; i++) {
            packed.putLong(waits[i]);
        }
        return new Document("tickets", tickets).append("priority", priority).append("general", general)
                .append("reasons", byReason).append("bpjs", bpjs).append("umum", umum).append("online", online)
                .append("waiting", waiting).append("served", served).append("notPresent", notPresent)
                .append("bookedNotArrived", bookedNotArrived).append("waits", new Binary(packed.array()))
                .append("waitTotal", waitTotal).append("serviceTotal", serviceTotal).append("services", services);
    }

    static QueueTally of(Document summary) {
        QueueTally tally = new QueueTally();
        tally.tickets = number(summary, "tickets");
        tally.priority = number(summary, "priority");
        tally.general = number(summary, "general");
        Document byReason = summary.get("reasons", Document.class);
        if (byReason != null) {
            byReason.forEach((reason, count) -> tally.reasons.put(PriorityReason.valueOf(reason),
                    ((Number) count).longValue()));
        }
        tally.bpjs = number(summary, "bpjs");
        tally.umum = number(summary, "umum");
        tally.online = number(summary, "online");
        tally.waiting = number(summary, "waiting");
        tally.served = number(summary, "served");
        tally.notPresent = number(summary, "notPresent");
        tally.bookedNotArrived = number(summary, "bookedNotArrived");
        Object packed = summary.get("waits");
        byte[] bytes = packed instanceof Binary binary ? binary.getData() : new byte[0];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        tally.waits = new long[Math.max(16, bytes.length / Long.BYTES)];
        while (buffer.remaining() >= Long.BYTES) {
            tally.waits[tally.waitCount++] = buffer.getLong();
        }
        tally.waitTotal = number(summary, "waitTotal");
        tally.serviceTotal = number(summary, "serviceTotal");
        tally.services = number(summary, "services");
        return tally;
    }

    static long number(Document document, String field) {
        Object value = document.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
