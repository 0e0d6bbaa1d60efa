package id.giliran.bpjs.config;

import id.giliran.bpjs.calllog.PcareCallRecorder;
import id.giliran.bpjs.pcare.PcareCallListener;
import id.giliran.bpjs.pcare.PcareClient;
import id.giliran.bpjs.pcare.PcarePort;
import id.giliran.bpjs.pcare.PcareSettings;
import id.giliran.bpjs.sandbox.PcareSandbox;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The PCare client from {@code giliran.bpjs.*}; with {@code giliran.bpjs.sandbox.enabled} (the embedded
 * default) a PCare sandbox runs inside the app on a free port and the client talks to it, so the whole
 * BPJS flow works without BPJS. Production points at the real base URL with the Puskesmas' credentials:
 * those an admin saved ("Pengaturan BPJS"), else {@code giliran.bpjs.*}. Every call goes to the bridging log.
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

    /** Every PCare call as a masked PcareCallRecordedEvent, published on one background thread. */
    @Bean
    @ConditionalOnMissingBean
    PcareCallListener pcareCallListener(EventGateway eventGateway, TransactionManager transactionManager) {
        return new BackgroundPcareCallRecorder(eventGateway, transactionManager);
    }

    @Bean
    EffectivePcareSettings effectivePcareSettings(BpjsProperties properties, ObjectProvider<PcareSandbox> sandbox,
                                                  PcareSettingsStore store) {
        PcareSandbox inApp = sandbox.getIfAvailable();
        if (inApp == null && !PcareBaseUrls.secure(properties.baseUrl())) {
            throw new IllegalStateException("giliran.bpjs.base-url (GILIRAN_BPJS_BASE_URL) must be an https address "
                    + "(plain http only for localhost / 127.0.0.1): " + properties.baseUrl());
        }
        return new EffectivePcareSettings(properties, inApp, store);
    }

    /** The client asks for its settings before each call: an admin's saved settings apply at the next call. */
    @Bean
    @ConditionalOnMissingBean
    PcarePort pcarePort(EffectivePcareSettings settings, BpjsProperties properties,
                        ObjectProvider<PcareSandbox> sandbox, Clock clock, PcareCallListener listener) {
        log.info("BPJS PCare: {}", sandbox.getIfAvailable() != null ? "the in-app sandbox"
                : "settings saved in Pengaturan BPJS, else " + properties);
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

    /** The recorder with its own thread, which finishes the records already handed over when the app stops. */
    static final class BackgroundPcareCallRecorder extends PcareCallRecorder implements DisposableBean {

        private final ExecutorService executor;

        BackgroundPcareCallRecorder(EventGateway eventGateway, TransactionManager transactionManager) {
            this(eventGateway, transactionManager, Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, "pcare-call-log");
                thread.setDaemon(true);
                return thread;
            }));
        }

        private BackgroundPcareCallRecorder(EventGateway eventGateway, TransactionManager transactionManager,
                                            ExecutorService executor) {
            super(eventGateway, transactionManager, executor);
            this.executor = executor;
        }

        @Override
        public void destroy() throws InterruptedException {
            executor.shutdown();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
