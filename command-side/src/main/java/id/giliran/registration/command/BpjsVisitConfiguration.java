package id.giliran.registration.command;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The PCare visit retry policy from {@code giliran.bpjs.visit.*}. */
@Configuration(proxyBeanMethods = false)
class BpjsVisitConfiguration {

    @Bean
    BpjsVisitPolicy bpjsVisitPolicy(@Value("${giliran.bpjs.visit.first-retry-delay:30s}") Duration firstDelay,
                                    @Value("${giliran.bpjs.visit.max-attempts:5}") int maxAttempts,
                                    @Value("${giliran.bpjs.visit.claim-timeout:2m}") Duration claimTimeout) {
        return new BpjsVisitPolicy(firstDelay, maxAttempts, claimTimeout);
    }
}
