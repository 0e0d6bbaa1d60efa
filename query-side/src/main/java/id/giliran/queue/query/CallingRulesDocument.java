package id.giliran.queue.query;

import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueSettingsView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The calling ratio and starting service time the queue projection estimates with, and how near a
 * turn is "near" ({@code notifyAhead}; null in documents written before it existed), kept by itself.
 */
@Document("queue_calling_rules")
record CallingRulesDocument(@Id String id, int priority, int general, int averageServiceMinutes, Integer notifyAhead) {

    static final String ID = "rules";
    static final CallingRulesDocument DEFAULT = new CallingRulesDocument(ID, PriorityRatio.DEFAULT.priority(),
            PriorityRatio.DEFAULT.general(), QueueSettingsView.DEFAULT_SERVICE_MINUTES,
            QueueSettingsView.DEFAULT_NOTIFY_AHEAD);

    int notifyAheadOrDefault() {
        return notifyAhead == null ? QueueSettingsView.DEFAULT_NOTIFY_AHEAD : notifyAhead;
    }
}
