package id.giliran.history;

import id.giliran.api.history.TimelineEntry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The history shows which command caused each event: every event applied while a command is handled
 * carries the command's simple name in its metadata ({@link TimelineEntry#COMMAND}). Events recorded
 * before this existed, and events not caused by a command, have none ("—" on screen).
 */
@Configuration(proxyBeanMethods = false)
class CausingCommandConfiguration {

    @Bean
    CorrelationDataProvider causingCommandCorrelation() {
        return message -> message instanceof CommandMessage<?>
                ? Map.of(TimelineEntry.COMMAND, message.getPayloadType().getSimpleName())
                : Map.of();
    }
}
