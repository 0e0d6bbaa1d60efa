package id.giliran.queue.query;

import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueSettingsView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The calling ratio and starting service time the queue projection estimates with, kept by itself. */
@Document("queue_calling_rules")
record CallingRulesDocument(@Id String id, int priority, int general, int averageServiceMinutes) {

    static final String ID = "rules";
    static final CallingRulesDocument DEFAULT = new CallingRulesDocument(ID, PriorityRatio.DEFAULT.priority(),
            PriorityRatio.DEFAULT.general(), QueueSettingsView.DEFAULT_SERVICE_MINUTES);
}
