package id.giliran.identity.security;

import id.giliran.api.identity.UserDeactivatedEvent;
import id.giliran.api.identity.UserPasswordResetEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Deactivating an account, changing its roles or resetting its password ends the account's open sessions, on
 * every instance: each instance tracks the identity events with its own processor whose token lives only in
 * its memory, starting at the head of the stream (so every instance sees every such event, none is replayed
 * at a start or a reset, and an old deactivation never ends a newer session). A password reset also ends the
 * sign-in waits of the account ({@link SignInThrottle#forgive}).
 */
@Component
@ProcessingGroup(SessionRevocation.PROCESSING_GROUP)
@DisallowReplay
class SessionRevocation {

    static final String PROCESSING_GROUP = "session-revocation";

    private final SignedInSessions sessions;
    private final SignInThrottle throttle;

    SessionRevocation(SignedInSessions sessions, SignInThrottle throttle) {
        this.sessions = sessions;
        this.throttle = throttle;
    }

    @EventHandler
    void on(UserDeactivatedEvent event) {
        sessions.endSessionsOf(event.username());
    }

    @EventHandler
    void on(UserRolesAssignedEvent event) {
        sessions.endSessionsOf(event.username());
    }

    @EventHandler
    void on(UserPasswordResetEvent event) {
        sessions.endSessionsOf(event.username());
        throttle.forgive(event.username());
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule sessionRevocationProcessing() {
            return configurer -> configurer.eventProcessing()
                    .registerTokenStore(PROCESSING_GROUP, configuration -> new InMemoryTokenStore())
                    .registerTrackingEventProcessorConfiguration(PROCESSING_GROUP, configuration ->
                            TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                    .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        }
    }
}
