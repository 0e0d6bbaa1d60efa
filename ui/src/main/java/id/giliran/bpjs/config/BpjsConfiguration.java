package id.giliran.bpjs.config;

import id.giliran.bpjs.pcare.PcareCall;
import id.giliran.bpjs.pcare.PcareCallListener;
import id.giliran.bpjs.pcare.PcareClient;
import id.giliran.bpjs.pcare.PcarePort;
import id.giliran.bpjs.pcare.PcareSettings;
import id.giliran.bpjs.sandbox.PcareSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The PCare client from {@code giliran.bpjs.*}; with {@code giliran.bpjs.sandbox.enabled} (the embedded
 * default) a PCare sandbox runs inside the app on a free port and the client talks to it, so the whole
 * BPJS flow works without BPJS. Production points at the real base URL with the Puskesmas' credentials.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BpjsProperties.class)
class BpjsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BpjsConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "giliran.bpjs.sandbox.enabled", havingValue = "true")
    PcareSandbox pcareSandbox() {
        PcareSandbox sandbox = PcareSandbox.start();
        log.info("PCare sandbox (demo participants, no real BPJS) at {}", sandbox.baseUrl());
        return sandbox;
    }

    @Bean
    @ConditionalOnMissingBean
    PcareCallListener pcareCallListener() {
        return new LoggingPcareCallListener();
    }

    @Bean
    @ConditionalOnMissingBean
    PcarePort pcarePort(BpjsProperties properties, ObjectProvider<PcareSandbox> sandbox, Clock clock,
                        PcareCallListener listener) {
        PcareSettings settings = settings(properties, sandbox.getIfAvailable());
        log.info("BPJS PCare: {}", settings);
        return new PcareClient(settings, clock, listener);
    }

    static PcareSettings settings(BpjsProperties properties, PcareSandbox sandbox) {
        if (sandbox != null) {
            return sandbox.clientSettings().withTimeouts(properties.connectTimeout(), properties.readTimeout());
        }
        return new PcareSettings(properties.consumerId(), properties.consumerSecret(), properties.userKey(),
                properties.username(), properties.password(), properties.appCode(), properties.baseUrl(),
                properties.connectTimeout(), properties.readTimeout());
    }

    /**
     * Logs every PCare call at DEBUG, already masked by the client (card numbers, NIKs, names; no
     * secrets in it). The bridging log read model comes later.
     */
    static final class LoggingPcareCallListener implements PcareCallListener {

        private static final Logger calls = LoggerFactory.getLogger("id.giliran.bpjs.calls");

        @Override
        public void onCall(PcareCall call) {
            if (calls.isDebugEnabled()) {
                calls.debug("PCare {} {} {} -> HTTP {} BPJS {} {} in {} ms: {}{}", call.action(), call.method(),
                        call.path(), call.httpStatus(), call.bpjsCode(), call.outcome(), call.durationMillis(),
                        call.bpjsMessage(), call.failure() == null ? "" : " (" + call.failure() + ")");
            }
        }
    }
}
