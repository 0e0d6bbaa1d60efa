package id.giliran.notification.whatsapp;

import id.giliran.notification.command.RetryPolicy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The WhatsApp Cloud API port, the notifications' retry policy, and the scheduled sender's clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(WhatsAppSettings.class)
class WhatsAppConfiguration {

    /** At most this many attempts per notification: 1 + retries after 30, 60, 120 and 240 s by default. */
    static final int MAX_ATTEMPTS = 5;

    @Bean
    @ConditionalOnMissingBean
    WhatsAppPort whatsAppPort(WhatsAppSettings settings) {
        return new CloudApiWhatsApp(settings);
    }

    @Bean
    RetryPolicy notificationRetryPolicy(WhatsAppSettings settings) {
        return new RetryPolicy(settings.firstRetryDelay(), MAX_ATTEMPTS);
    }
}
