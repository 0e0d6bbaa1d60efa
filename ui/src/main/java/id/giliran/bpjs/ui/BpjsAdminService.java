package id.giliran.bpjs.ui;

import id.giliran.api.bpjs.BpjsSettingsChangedEvent;
import id.giliran.api.bpjs.FindPcareCallCountsQuery;
import id.giliran.api.bpjs.FindPcareCallLogQuery;
import id.giliran.api.bpjs.PcareCallCounts;
import id.giliran.api.bpjs.PcareCallLogEntry;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.api.registration.BpjsVisitCounts;
import id.giliran.api.registration.FindBpjsVisitCountsQuery;
import id.giliran.bpjs.config.BpjsProperties;
import id.giliran.bpjs.config.EffectivePcareSettings;
import id.giliran.bpjs.config.PcareBaseUrls;
import id.giliran.bpjs.config.PcareSettingsStore;
import id.giliran.bpjs.config.StoredPcareSettings;
import id.giliran.identity.security.Callers;
import id.giliran.ui.ErrorText.UserError;
import jakarta.validation.Validator;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ADMIN: the PCare connection settings ("Pengaturan BPJS") and the bridging log ("Log BPJS"). Settings are
 * kept by the {@link PcareSettingsStore} (secrets encrypted), never in an event; what changed (names only)
 * is published as a {@link BpjsSettingsChangedEvent}. The client uses saved settings from its next call on.
 */
@Service
public class BpjsAdminService {

    private static final Logger LOG = LoggerFactory.getLogger(BpjsAdminService.class);

    private final PcareSettingsStore store;
    private final BpjsProperties properties;
    private final EffectivePcareSettings effective;
    private final QueryGateway queryGateway;
    private final EventGateway eventGateway;
    private final TransactionManager transactionManager;
    private final Validator validator;
    private final Clock clock;

    BpjsAdminService(PcareSettingsStore store, BpjsProperties properties, EffectivePcareSettings effective,
                     QueryGateway queryGateway, EventGateway eventGateway, TransactionManager transactionManager,
                     Validator validator, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.effective = effective;
        this.queryGateway = queryGateway;
        this.eventGateway = eventGateway;
        this.transactionManager = transactionManager;
        this.validator = validator;
        this.clock = clock;
    }

    /** While the in-app sandbox runs, the client talks to it and saved settings wait until it is turned off. */
    public boolean sandboxActive() {
        return properties.sandbox().enabled();
    }

    public PcareSettingsSummary summary() {
        requireAdmin();
        Optional<StoredPcareSettings> saved;
        boolean unreadable = false;
        try {
            saved = store.load();
        } catch (PcareSettingsStore.UnreadableSettingsException e) {
            saved = Optional.empty();
            unreadable = true;
        }
        StoredPcareSettings current = saved.orElseGet(this::fromProperties);
        PcareSettingsForm form = new PcareSettingsForm();
        form.setConsumerId(current.consumerId());
        form.setUsername(current.username());
        form.setAppCode(current.appCode());
        form.setProviderCode(current.providerCode());
        form.setBaseUrl(current.baseUrl() == null ? "" : current.baseUrl().toString());
        form.setConnectTimeoutSeconds((int) current.connectTimeout().toSeconds());
        form.setReadTimeoutSeconds((int) current.readTimeout().toSeconds());
        return new PcareSettingsSummary(form, set(current.consumerSecret()), set(current.userKey()),
                set(current.password()), effective.source().name(), saved.isPresent(),
                saved.map(StoredPcareSettings::updatedBy).orElse(null),
                saved.map(StoredPcareSettings::updatedAt).orElse(null), unreadable);
    }

    /**
     * Validates and saves; blank secrets keep the current ones (saved, else from {@code giliran.bpjs.*}).
     * Nothing is saved when anything is wrong.
     *
     * @return the names of the settings that changed (empty: nothing changed, nothing saved)
     */
    public List<String> save(PcareSettingsForm form) {
        Caller caller = requireAdmin();
        if (!validator.validate(form).isEmpty()) {
            throw new UserError(ErrorCode.BPJS_SETTINGS_INVALID, "invalid PCare settings: " + form);
        }
        URI baseUrl = baseUrl(form.getBaseUrl());
        Optional<StoredPcareSettings> saved;
        try {
            saved = store.load();
        } catch (PcareSettingsStore.UnreadableSettingsException e) {
            saved = Optional.empty();
        }
        StoredPcareSettings current = saved.orElseGet(this::fromProperties);
        requireSecretsOnHostChange(current, baseUrl, form);
        StoredPcareSettings next = new StoredPcareSettings(form.getConsumerId(),
                secret(form.getConsumerSecret(), current.consumerSecret()),
                secret(form.getUserKey(), current.userKey()), form.getUsername(),
                secret(form.getPassword(), current.password()), form.getAppCode(), form.getProviderCode(), baseUrl,
                Duration.ofSeconds(form.getConnectTimeoutSeconds()), Duration.ofSeconds(form.getReadTimeoutSeconds()),
                caller.username(), clock.instant());
        List<String> changed = changes(current, next);
        if (saved.isPresent() && changed.isEmpty()) {
            return List.of();
        }
        if (saved.isEmpty()) {
            changed = changes(null, next);
        }
        try {
            store.save(next);
        } catch (PcareSettingsStore.MissingSecretsKeyException e) {
            throw new UserError(ErrorCode.SECRETS_KEY_MISSING, e.getMessage());
        }
        BpjsSettingsChangedEvent event = new BpjsSettingsChangedEvent(caller.username(), changed, next.updatedAt());
        transactionManager.executeInTransaction(
                () -> eventGateway.publish(GenericMessage.asMessage(event).andMetaData(caller.toMetaData())));
        // who saved them is in the event (the audit trail), not in the log: a username is an e-mail or a phone number
        LOG.info("PCare settings saved: {}", changed);
        return changed;
    }

    /** The day's PCare calls, newest first, masked; action and outcome optional. */
    public List<PcareCallLogEntry> callLog(LocalDate day, String action, String outcome) {
        return queryGateway.query(new FindPcareCallLogQuery(day, action, outcome, null, null, 1000),
                ResponseTypes.multipleInstancesOf(PcareCallLogEntry.class)).join();
    }

    public PcareCallCounts callCounts(LocalDate day) {
        return queryGateway.query(new FindPcareCallCountsQuery(day), PcareCallCounts.class).join();
    }

    /** The PCare visits of the day's registrations, by where they stand. */
    public BpjsVisitCounts visitCounts(LocalDate day) {
        return queryGateway.query(new FindBpjsVisitCountsQuery(day), BpjsVisitCounts.class).join();
    }

    private StoredPcareSettings fromProperties() {
        return new StoredPcareSettings(properties.consumerId(), properties.consumerSecret(), properties.userKey(),
                properties.username(), properties.password(), properties.appCode(), properties.providerCode(),
                properties.baseUrl(), properties.connectTimeout(), properties.readTimeout(), null, null);
    }

    private static URI baseUrl(String text) {
        URI normalised;
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(text, "not an http(s) address");
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            normalised = URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                    + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path));
        } catch (URISyntaxException e) {
            throw new UserError(ErrorCode.BPJS_SETTINGS_INVALID, "base URL: " + e.getMessage());
        }
        if (!PcareBaseUrls.secure(normalised)) {
            throw new UserError(ErrorCode.BPJS_BASE_URL_NOT_HTTPS, "PCare base URL is not https: " + normalised);
        }
        return normalised;
    }

    /**
     * The saved secrets were given for one PCare host: a base URL on another host (an admin's slip, or someone
     * pointing the client at a server of their own) gets them only when all three are typed again.
     */
    private static void requireSecretsOnHostChange(StoredPcareSettings current, URI next, PcareSettingsForm form) {
        if (current.baseUrl() == null || PcareBaseUrls.sameHost(current.baseUrl(), next)) {
            return;
        }
        boolean anySaved = set(current.consumerSecret()) || set(current.userKey()) || set(current.password());
        boolean allTyped = !form.getConsumerSecret().isEmpty() && !form.getUserKey().isEmpty()
                && !form.getPassword().isEmpty();
        if (anySaved && !allTyped) {
            throw new UserError(ErrorCode.BPJS_HOST_CHANGE_NEEDS_SECRETS,
                    "PCare base URL moves to another host without the secrets typed again");
        }
    }

    private static String secret(String typed, String current) {
        if (typed != null && !typed.isEmpty()) {
            return typed;
        }
        if (set(current)) {
            return current;
        }
        throw new UserError(ErrorCode.BPJS_SECRET_REQUIRED, "a PCare secret is missing");
    }

    /** The names of the settings that differ; {@code before} null: every setting that has a value. */
    private static List<String> changes(StoredPcareSettings before, StoredPcareSettings after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "baseUrl", before == null ? null : before.baseUrl(), after.baseUrl());
        compare(changed, "consumerId", before == null ? null : before.consumerId(), after.consumerId());
        compare(changed, "consumerSecret", before == null ? null : before.consumerSecret(), after.consumerSecret());
        compare(changed, "userKey", before == null ? null : before.userKey(), after.userKey());
        compare(changed, "username", before == null ? null : before.username(), after.username());
        compare(changed, "password", before == null ? null : before.password(), after.password());
        compare(changed, "appCode", before == null ? null : before.appCode(), after.appCode());
        compare(changed, "providerCode", before == null ? null : blankToNull(before.providerCode()),
                blankToNull(after.providerCode()));
        compare(changed, "connectTimeout", before == null ? null : before.connectTimeout(), after.connectTimeout());
        compare(changed, "readTimeout", before == null ? null : before.readTimeout(), after.readTimeout());
        return changed;
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean set(String value) {
        return value != null && !value.isBlank();
    }

    private static Caller requireAdmin() {
        Caller caller = Callers.current();
        if (!caller.hasAnyRole(Role.ADMIN)) {
            throw new UserError(ErrorCode.ACCESS_DENIED, "PCare settings are for ADMIN only");
        }
        return caller;
    }
}
