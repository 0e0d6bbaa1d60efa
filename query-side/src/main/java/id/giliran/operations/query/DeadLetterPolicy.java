package id.giliran.operations.query;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What is parked is kept (never dropped) and counts its attempts: the first failure (after its
 * retries in place) makes attempt 1, every "coba lagi" that fails again adds one.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterPolicy {

    static final String ATTEMPTS = "attempts";

    @Bean
    ConfigurerModule countingDeadLetterPolicy() {
        EnqueuePolicy<EventMessage<?>> policy = (letter, cause) -> Decisions.enqueue(
                ThrowableCause.truncated(cause), parked -> parked.diagnostics().and(ATTEMPTS, attempts(parked) + 1));
        return configurer -> configurer.eventProcessing().registerDefaultDeadLetterPolicy(configuration -> policy);
    }

    static int attempts(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        return attempts instanceof Number number ? number.intValue() : 0;
    }
}
