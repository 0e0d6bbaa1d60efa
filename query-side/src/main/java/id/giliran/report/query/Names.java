package id.giliran.report.query;

import id.giliran.api.report.ClinicFigures;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The clinic, doctor and counter names of the statistics, read once (a few dozen documents) per answer. */
final class Names {

    static final String CLINIC = "clinic";
    static final String DOCTOR = "doctor";
    static final String COUNTER = "counter";

    /** A counter as the dashboard lists it. */
    record Counter(int number, String name) {
    }

    private final Map<String, Document> byKey = new HashMap<>();

    Names(MongoTemplate mongo) {
        mongo.find(new Query(), Document.class, StatisticsStore.NAMES)
             .forEach(name -> byKey.put(name.getString("_id"), name));
    }

    String clinic(String code) {
        return name(CLINIC, code);
    }

    String doctor(String code) {
        return name(DOCTOR, code);
    }

    private String name(String kind, String code) {
        Document name = byKey.get(kind + ":" + code);
        return name == null || name.getString("name") == null ? code : name.getString("name");
    }

    /** Clinics in their display order, then by code. */
    Comparator<ClinicFigures> clinicOrder() {
        return Comparator.comparingInt((ClinicFigures clinic) -> order(CLINIC, clinic.clinicCode()))
                         .thenComparing(ClinicFigures::clinicCode);
    }

    private int order(String kind, String code) {
        Document name = byKey.get(kind + ":" + code);
        Object order = name == null ? null : name.get("order");
        return order instanceof Number number ? number.intValue() : Integer.MAX_VALUE;
    }

    /** Every registered counter in number order. */
    List<Counter> counters() {
        return byKey.values().stream()
                    .filter(name -> COUNTER.equals(name.getString("kind")))
                    .map(name -> new Counter(((Number) name.get("order")).intValue(), name.getString("name")))
                    .sorted(Comparator.comparingInt(Counter::number))
                    .toList();
    }
}
