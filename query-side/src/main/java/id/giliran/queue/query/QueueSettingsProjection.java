package id.giliran.queue.query;

import id.giliran.api.queue.AverageServiceTimeSetEvent;
import id.giliran.api.queue.FindQueueSettingsQuery;
import id.giliran.api.queue.NotifyAheadSetEvent;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueConfiguredEvent;
import id.giliran.api.queue.QueueSettingsView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** The queue settings as the screens read them; the defaults until an admin sets them. */
@Component
@ProcessingGroup("queue-settings")
class QueueSettingsProjection {

    private final MongoTemplate mongo;

    QueueSettingsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(AverageServiceTimeSetEvent event) {
        change(event.settingsId(), new Update().set("averageServiceMinutes", event.minutes()));
    }

    @EventHandler
    void on(NotifyAheadSetEvent event) {
        change(event.settingsId(), new Update().set("notifyAhead", event.tickets()));
    }

    @EventHandler
    void on(QueueConfiguredEvent event) {
        change(event.settingsId(), new Update()
                .set("priority", event.ratio().priority())
                .set("general", event.ratio().general())
                .set("spokenCalls", event.spokenCalls())
                .set("runningText", event.runningText() == null ? "" : event.runningText())
                .set("opensAt", event.opensAt() == null ? null : event.opensAt().toString())
                .set("closesAt", event.closesAt() == null ? null : event.closesAt().toString())
                .set("closedDays", event.closedDays() == null ? List.of()
                        : event.closedDays().stream().map(LocalDate::toString).toList()));
    }

    /** Sets some settings; the others keep their value, or their default on the first change. */
    private void change(String settingsId, Update update) {
        QueueSettingsView defaults = QueueSettingsView.DEFAULT;
        for (var preset : java.util.Map.<String, Object>of(
                "priority", defaults.ratio().priority(), "general", defaults.ratio().general(),
                "spokenCalls", defaults.spokenCalls(), "runningText", defaults.runningText(),
                "closedDays", List.of(), "averageServiceMinutes", defaults.averageServiceMinutes(),
                "notifyAhead", defaults.notifyAhead()).entrySet()) {
            if (!update.modifies(preset.getKey())) {
                update.setOnInsert(preset.getKey(), preset.getValue());
            }
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(settingsId)), update, QueueSettingsDocument.class);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), QueueSettingsDocument.class);
    }

    @QueryHandler
    QueueSettingsView handle(FindQueueSettingsQuery query) {
        return Optional.ofNullable(mongo.findOne(new Query(), QueueSettingsDocument.class))
                       .map(settings -> new QueueSettingsView(new PriorityRatio(settings.priority(), settings.general()),
                               settings.spokenCalls(), settings.runningText(),
                               settings.opensAt() == null ? null : LocalTime.parse(settings.opensAt()),
                               settings.closesAt() == null ? null : LocalTime.parse(settings.closesAt()),
                               settings.closedDays() == null ? List.of()
                                       : settings.closedDays().stream().map(LocalDate::parse).toList(),
                               settings.averageServiceMinutes() == null ? QueueSettingsView.DEFAULT_SERVICE_MINUTES
                                       : settings.averageServiceMinutes(),
                               settings.notifyAhead() == null ? QueueSettingsView.DEFAULT_NOTIFY_AHEAD
                                       : settings.notifyAhead()))
                       .orElse(QueueSettingsView.DEFAULT);
    }

    @Document("queue_settings")
    /** Times and days as ISO text, free of time zones. */
    record QueueSettingsDocument(@Id String settingsId, int priority, int general, boolean spokenCalls,
                                 String runningText, String opensAt, String closesAt, List<String> closedDays,
                                 Integer averageServiceMinutes, Integer notifyAhead) {
    }
}
