package id.giliran.queue.command;

import id.giliran.api.queue.ConfigureQueueCommand;
import id.giliran.api.queue.PriorityRatio;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** The calling ratio as the settings aggregate holds it now (the default until an admin sets one). */
@Component
class QueueSettingsLookup implements CurrentRatio {

    private final Repository<QueueSettings> settings;

    QueueSettingsLookup(Repository<QueueSettings> settings) {
        this.settings = settings;
    }

    @Override
    public PriorityRatio ratio() {
        try {
            return settings.load(ConfigureQueueCommand.SETTINGS_ID).invoke(QueueSettings::ratio);
        } catch (AggregateNotFoundException notConfigured) {
            return PriorityRatio.DEFAULT;
        }
    }
}
