package id.giliran.bpjs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.common.ErrorCode;
import id.giliran.ui.ErrorText;
import id.giliran.ui.Formats;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * ADMIN: how Giliran reaches BPJS PCare (consumer id, secret, user key, PCare user and password, kdAplikasi,
 * provider code, base URL, timeouts). Secrets are never shown back: a secret field says whether one is
 * saved, and left blank it keeps it.
 */
@Route("admin/bpjs")
@Menu(title = "menu.bpjs-settings", order = 15)
@RolesAllowed("ADMIN")
public class BpjsSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final BpjsAdminService bpjs;
    private final ZoneId zone;
    private final BeanValidationBinder<PcareSettingsForm> binder = new BeanValidationBinder<>(PcareSettingsForm.class);
    final Paragraph sandboxNotice = new Paragraph();
    final Paragraph source = new Paragraph();
    final TextField baseUrl = new TextField();
    final TextField consumerId = new TextField();
    final PasswordField consumerSecret = new PasswordField();
    final PasswordField userKey = new PasswordField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final TextField appCode = new TextField();
    final TextField providerCode = new TextField();
    final IntegerField connectTimeout = new IntegerField();
    final IntegerField readTimeout = new IntegerField();
    final Button save = new Button();

    public BpjsSettingsView(BpjsAdminService bpjs, Clock clock) {
        this.bpjs = bpjs;
        this.zone = clock.getZone();
        sandboxNotice.setId("bpjs-sandbox-notice");
        sandboxNotice.setText(getTranslation("bpjs-settings.sandbox-notice"));
        sandboxNotice.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                     .set("border-radius", "var(--lumo-border-radius-m)")
                     .set("background", "var(--lumo-warning-color-10pct, #fff4d6)");
        sandboxNotice.setVisible(bpjs.sandboxActive());
        source.setId("bpjs-settings-source");
        field(baseUrl, "bpjs-base-url", "bpjs-settings.base-url", "bpjs-settings.base-url.hint");
        baseUrl.setWidthFull();
        field(consumerId, "bpjs-consumer-id", "bpjs-settings.consumer-id", null);
        field(consumerSecret, "bpjs-consumer-secret", "bpjs-settings.consumer-secret", null);
        field(userKey, "bpjs-user-key", "bpjs-settings.user-key", null);
        field(username, "bpjs-username", "bpjs-settings.username", null);
        field(password, "bpjs-password", "bpjs-settings.password", null);
        field(appCode, "bpjs-app-code", "bpjs-settings.app-code", "bpjs-settings.app-code.hint");
        field(providerCode, "bpjs-provider-code", "bpjs-settings.provider-code", "bpjs-settings.provider-code.hint");
        field(connectTimeout, "bpjs-connect-timeout", "bpjs-settings.connect-timeout", "bpjs-settings.seconds");
        field(readTimeout, "bpjs-read-timeout", "bpjs-settings.read-timeout", "bpjs-settings.seconds");
        for (PasswordField secret : List.of(consumerSecret, userKey, password)) {
            secret.setRevealButtonVisible(false);
            secret.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        }
        binder.forField(baseUrl).bind("baseUrl");
        binder.forField(consumerId).bind("consumerId");
        binder.forField(consumerSecret).bind("consumerSecret");
        binder.forField(userKey).bind("userKey");
        binder.forField(username).bind("username");
        binder.forField(password).bind("password");
        binder.forField(appCode).bind("appCode");
        binder.forField(providerCode).bind("providerCode");
        binder.forField(connectTimeout).bind("connectTimeoutSeconds");
        binder.forField(readTimeout).bind("readTimeoutSeconds");
        save.setId("bpjs-settings-save");
        save.setText(getTranslation("users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        FormLayout form = new FormLayout(baseUrl, consumerId, consumerSecret, userKey, username, password, appCode,
                providerCode, connectTimeout, readTimeout);
        form.setColspan(baseUrl, 2);
        add(new H2(getTranslation("bpjs-settings.title")), sandboxNotice, source, form, save);
        load();
    }

    private <F extends Component & HasLabel & HasHelper> void field(F field, String id, String label, String hint) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        if (hint != null) {
            field.setHelperText(getTranslation(hint));
        }
    }

    void load() {
        PcareSettingsSummary summary = bpjs.summary();
        binder.setBean(summary.form());
        secretHint(consumerSecret, summary.secretSet());
        secretHint(userKey, summary.userKeySet());
        secretHint(password, summary.passwordSet());
        String text;
        if (summary.unreadable()) {
            text = getTranslation("bpjs-settings.source.unreadable");
        } else if (summary.saved()) {
            text = getTranslation("bpjs-settings.source.saved", summary.savedBy(),
                    summary.savedAt() == null ? "—" : Formats.date(LocalDate.ofInstant(summary.savedAt(), zone))
                            + " " + Formats.time(summary.savedAt(), zone));
        } else {
            text = getTranslation("bpjs-settings.source.properties");
        }
        source.setText(text);
    }

    private void secretHint(PasswordField field, boolean set) {
        field.clear();
        field.setPlaceholder(set ? getTranslation("bpjs-settings.secret.saved") : "");
        field.setHelperText(getTranslation(set ? "bpjs-settings.secret.keep" : "bpjs-settings.secret.none"));
    }

    void save() {
        if (!binder.validate().isOk()) {
            Notification.show(getTranslation("error.BPJS_SETTINGS_INVALID"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            List<String> changed = bpjs.save(binder.getBean());
            Notification.show(getTranslation(changed.isEmpty() ? "bpjs-settings.unchanged" : "users.saved"), 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
            markRefused(ErrorText.codeOf(failure).orElse(null));
        }
    }

    /** Points at the fields a refusal is about: the base URL, or the secrets still to be typed again. */
    private void markRefused(ErrorCode code) {
        if (code == ErrorCode.BPJS_BASE_URL_NOT_HTTPS) {
            baseUrl.setErrorMessage(getTranslation("error.BPJS_BASE_URL_NOT_HTTPS"));
            baseUrl.setInvalid(true);
        } else if (code == ErrorCode.BPJS_HOST_CHANGE_NEEDS_SECRETS) {
            for (PasswordField secret : List.of(consumerSecret, userKey, password)) {
                if (secret.isEmpty()) {
                    secret.setErrorMessage(getTranslation("bpjs-settings.secret.again"));
                    secret.setInvalid(true);
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("bpjs-settings.title");
    }
}
