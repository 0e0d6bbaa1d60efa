package id.giliran.inbox.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the "inbox-mail" processor runs. A mail that could not be handed to the SMTP server is not
 * lost: the handler's exception propagates, the processor keeps its token and tries the event again
 * (with Axon's growing back-off), so it must have no dead-letter queue either (the assembly's
 * dead-letter provider leaves {@link #PROCESSING_GROUP} out). A processor that starts for the first
 * time starts at the head of the event stream: switching mail on does not mail the whole history.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
public class InboxMailConfiguration {

    public static final String PROCESSING_GROUP = "inbox-mail";

    @Bean
    ConfigurerModule inboxMailProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessorConfiguration(PROCESSING_GROUP, configuration ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                           .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
