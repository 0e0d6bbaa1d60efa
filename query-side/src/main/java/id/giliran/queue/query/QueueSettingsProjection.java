package id.giliran.queue.query;

import id.giliran.api.queue.AverageServiceTimeSetEvent;
import id.giliran.api.queue.FindQueueSettingsQuery;
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
import org.springframework.data.mongodb.core.query.Query;
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
        QueueSettingsDocument current = Optional.ofNullable(mongo.findById(event.settingsId(), QueueSettingsDocument.class))
                .orElse(new QueueSettingsDocument(event.settingsId(), PriorityRatio.DEFAULT.priority(),
                        PriorityRatio.DEFAULT.general(), true, "", null, null, List.of(), null));
        mongo.save(new QueueSettingsDocument(current.settingsId(), current.priority(), current.general(),
                current.spokenCalls(), current.runningText(), current.opensAt(), current.closesAt(),
                current.closedDays(), event.minutes()));
    }

    @EventHandler
    void on(QueueConfiguredEvent event) {
        Integer minutes = Optional.ofNullable(mongo.findById(event.settingsId(), QueueSettingsDocument.class))
                                  .map(QueueSettingsDocument::averageServiceMinutes).orElse(null);
        mongo.save(new QueueSettingsDocument(event.settingsId(), event.ratio().priority(), event.ratio().general(),
                event.spokenCalls(), event.runningText() == null ? "" : event.runningText(),
                event.opensAt() == null ? null : event.opensAt().toString(),
                event.closesAt() == null ? null : event.closesAt().toString(),
                event.closedDays() == null ? List.of() : event.closedDays().stream().map(LocalDate::toString).toList(),
                minutes));
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
                                       : settings.averageServiceMinutes()))
                       .orElse(QueueSettingsView.DEFAULT);
    }

    @Document("queue_settings")
    /** Times and days as ISO text, free of time zones. */
    record QueueSettingsDocument(@Id String settingsId, int priority, int general, boolean spokenCalls,
                                 String runningText, String opensAt, String closesAt, List<String> closedDays,
                                 Integer averageServiceMinutes) {
    }
}
