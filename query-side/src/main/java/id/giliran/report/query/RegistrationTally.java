package id.giliran.report.query;

import id.giliran.api.report.NamedCount;
import id.giliran.api.report.RegistrationFigures;
import org.bson.Document;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The registration figures of a day's entries ({@code registrations.<id>}: kind, payment, clinic, doctor,
 * cancelled), added together over days. Clinic and doctor codes stay codes here; names are put on when
 * the figures are read, so a renamed clinic shows its name of today.
 */
final class RegistrationTally {

    static final String REGISTRATIONS = "registrations";
    static final String KIND = "kind";
    static final String PAYMENT = "payment";
    static final String CLINIC = "clinic";
    static final String DOCTOR = "doctor";
    static final String CANCELLED = "cancelled";

    private long registrations;
    private long newPatients;
    private long returningPatients;
    private long bpjs;
    private long umum;
    private long cancelled;
    private final Map<String, Long> byClinic = new HashMap<>();
    private final Map<String, Long> byDoctor = new HashMap<>();

    /** The summary of a day's registrations document. */
    static Document summary(Document day) {
        RegistrationTally tally = new RegistrationTally();
        Document entries = day.get(REGISTRATIONS, Document.class);
        if (entries != null) {
            entries.values().forEach(entry -> tally.add((Document) entry));
        }
        return tally.toDocument();
    }

    private void add(Document registration) {
        if (registration.getString(KIND) == null) {
            return; // changed or cancelled, but its start is not known: nothing to count
        }
        if (Boolean.TRUE.equals(registration.getBoolean(CANCELLED))) {
            cancelled++;
            return;
        }
        registrations++;
        if ("BARU".equals(registration.getString(KIND))) {
            newPatients++;
        } else {
            returningPatients++;
        }
        if ("BPJS".equals(registration.getString(PAYMENT))) {
            bpjs++;
        } else {
            umum++;
        }
        byClinic.merge(Keys.field(registration.getString(CLINIC)), 1L, Long::sum);
        byDoctor.merge(Keys.field(registration.getString(DOCTOR)), 1L, Long::sum);
    }

    RegistrationTally add(RegistrationTally other) {
        registrations += other.registrations;
        newPatients += other.newPatients;
        returningPatients += other.returningPatients;
        bpjs += other.bpjs;
        umum += other.umum;
        cancelled += other.cancelled;
        other.byClinic.forEach((code, count) -> byClinic.merge(code, count, Long::sum));
        other.byDoctor.forEach((code, count) -> byDoctor.merge(code, count, Long::sum));
        return this;
    }

    RegistrationFigures figures(Function<String, String> clinicName, Function<String, String> doctorName) {
        return new RegistrationFigures(registrations, newPatients, returningPatients, bpjs, umum, cancelled,
                named(byClinic, clinicName), named(byDoctor, doctorName));
    }

    /** Most first; equal counts by name, then code, so the order never changes between two readings. */
    private static List<NamedCount> named(Map<String, Long> counts, Function<String, String> name) {
        return counts.entrySet().stream()
                     .map(count -> {
                         String code = Keys.raw(count.getKey());
                         return new NamedCount(code, code == null ? null : name.apply(code), count.getValue());
                     })
                     .sorted(Comparator.comparingLong(NamedCount::count).reversed()
                                       .thenComparing(NamedCount::name, Comparator.nullsLast(Comparator.naturalOrder()))
                                       .thenComparing(NamedCount::code, Comparator.nullsLast(Comparator.naturalOrder())))
                     .toList();
    }

    Document toDocument() {
        return new Document("registrations", registrations).append("newPatients", newPatients)
                .append("returningPatients", returningPatients).append("bpjs", bpjs).append("umum", umum)
                .append("cancelled", cancelled).append("byClinic", new Document(Map.copyOf(byClinic)))
                .append("byDoctor", new Document(Map.copyOf(byDoctor)));
    }

    static RegistrationTally of(Document summary) {
        RegistrationTally tally = new RegistrationTally();
        tally.registrations = QueueTally.number(summary, "registrations");
        tally.newPatients = QueueTally.number(summary, "newPatients");
        tally.returningPatients = QueueTally.number(summary, "returningPatients");
        tally.bpjs = QueueTally.number(summary, "bpjs");
        tally.umum = QueueTally.number(summary, "umum");
        tally.cancelled = QueueTally.number(summary, "cancelled");
        counts(summary.get("byClinic", Document.class), tally.byClinic);
        counts(summary.get("byDoctor", Document.class), tally.byDoctor);
        return tally;
    }

    private static void counts(Document counts, Map<String, Long> into) {
        if (counts != null) {
            counts.forEach((code, count) -> into.put(code, ((Number) Objects.requireNonNull(count)).longValue()));
        }
    }
}
