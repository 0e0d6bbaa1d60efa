package id.giliran.queue.command;

import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.api.queue.PriorityRatio;
import id.giliran.api.queue.QueueSettingsView;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** The queue settings as the settings aggregate holds them now (the defaults until an admin sets them). */
@Component
class QueueSettingsLookup implements CurrentRatio {

    private final Repository<QueueSettings> settings;
    private final EventStore eventStore;

    QueueSettingsLookup(Repository<QueueSettings> settings, EventStore eventStore) {
        this.settings = settings;
        this.eventStore = eventStore;
    }

    @Override
    public PriorityRatio ratio() {
        return settings().ratio();
    }

    /** The settings as the aggregate holds them now; the defaults until an admin sets them. */
    QueueSettingsView settings() {
        // never configured: the defaults, without asking the repository (which logs every miss as a warning)
        if (eventStore.lastSequenceNumberFor(ConfigureQueueCommand.SETTINGS_ID).isEmpty()) {
            return QueueSettingsView.DEFAULT;
        }
        try {
            return settings.load(ConfigureQueueCommand.SETTINGS_ID).invoke(QueueSettings::view);
        } catch (AggregateNotFoundException notConfigured) {
            return QueueSettingsView.DEFAULT;
        }
    }
}
