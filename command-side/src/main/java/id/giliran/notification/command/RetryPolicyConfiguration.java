package id.giliran.notification.command;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The retry policy of WhatsApp notifications, from {@code giliran.whatsapp.first-retry-delay} (default 30 s). */
@Configuration(proxyBeanMethods = false)
class RetryPolicyConfiguration {

    @Bean
    RetryPolicy notificationRetryPolicy(
            @Value("${giliran.whatsapp.first-retry-delay:30s}") Duration firstRetryDelay,
            @Value("${giliran.whatsapp.max-attempts:5}") int maxAttempts) {
        return new RetryPolicy(firstRetryDelay, maxAttempts);
    }
}
