package id.giliran.bpjs.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Role;
import id.giliran.bpjs.config.PcareSettingsStore;
import id.giliran.bpjs.config.StoredPcareSettings;
import id.giliran.ui.ErrorText.UserError;
import id.giliran.ui.KaribuTest;
import jakarta.persistence.EntityManager;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Pengaturan BPJS": the sandbox notice, secrets never shown back and kept when left blank, stored encrypted,
 * bad input refused with nothing stored, and only the names of changed settings in the event store.
 */
class BpjsSettingsViewTest extends KaribuTest {

    @Autowired
    PcareSettingsStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EntityManager entityManager;

    private BpjsSettingsView view;

    @BeforeEach
    void open() {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(BpjsSettingsView.class);
        view = (BpjsSettingsView) UI.getCurrent().getCurrentView();
    }

    private Document stored() {
        return mongo.getCollection("bpjs_settings").find(new Document("_id", "pcare")).first();
    }

    private void fill(String consumerId, String secret, String userKey, String password) {
        view.baseUrl.setValue("https://apijkn-dev.bpjs-kesehatan.go.id/pcare-rest-dev");
        view.consumerId.setValue(consumerId);
        view.consumerSecret.setValue(secret);
        view.userKey.setValue(userKey);
        view.username.setValue("pkm.gladak");
        view.password.setValue(password);
        view.appCode.setValue("095");
        view.providerCode.setValue("0114U001");
        view.connectTimeout.setValue(4);
        view.readTimeout.setValue(25);
    }

    private List<String> storedEvents() {
        List<String> events = new ArrayList<>();
        for (Object[] row : entityManager.createQuery(
                "select e.payloadType, e.payload, e.metaData from DomainEventEntry e", Object[].class).getResultList()) {
            events.add(row[0] + " " + new String((byte[]) row[1], StandardCharsets.UTF_8)
                    + new String((byte[]) row[2], StandardCharsets.UTF_8));
        }
        return events;
    }

    @Test
    void theSandboxNoticeIsShownWhileTheInAppSandboxRuns() {
        assertThat(view.sandboxNotice.isVisible()).isTrue();
        assertThat(view.sandboxNotice.getText()).contains("Sandbox PCare", "GILIRAN_BPJS_SANDBOX_ENABLED=false");
    }

    @Test
    void savedSecretsAreEncryptedNeverShownBackAndKeptWhenLeftBlank() {
        String secret = "secret-" + UUID.randomUUID();
        String userKey = "key-" + UUID.randomUUID();
        String password = "Pw-" + UUID.randomUUID();
        fill("7788", secret, userKey, password);
        _click(view.save);

        expectNotifications("Perubahan disimpan.");
        assertThat(view.consumerSecret.getValue()).as("never shown back").isEmpty();
        assertThat(view.password.getValue()).isEmpty();
        assertThat(view.consumerSecret.getHelperText()).startsWith("Tersimpan");
        assertThat(view.source.getText()).contains("admin@giliran.id");
        assertThat(view.consumerId.getValue()).isEqualTo("7788");
        assertThat(stored().toJson()).doesNotContain(secret, userKey, password).contains("7788");
        StoredPcareSettings saved = store.load().orElseThrow();
        assertThat(saved.consumerSecret()).isEqualTo(secret);
        assertThat(saved.baseUrl()).isEqualTo(URI.create("https://apijkn-dev.bpjs-kesehatan.go.id/pcare-rest-dev"));
        assertThat(saved.readTimeout()).isEqualTo(Duration.ofSeconds(25));

        // secrets left blank keep the saved ones; a changed consumer id is saved
        view.consumerId.setValue("7789");
        _click(view.save);

        expectNotifications("Perubahan disimpan.");
        StoredPcareSettings again = store.load().orElseThrow();
        assertThat(again.consumerId()).isEqualTo("7789");
        assertThat(again.consumerSecret()).isEqualTo(secret);
        assertThat(again.userKey()).isEqualTo(userKey);
        assertThat(again.password()).isEqualTo(password);

        await().pollInSameThread().untilAsserted(() -> assertThat(storedEvents())
                .anyMatch(event -> event.contains("BpjsSettingsChangedEvent") && event.contains("consumerId")));
        assertThat(storedEvents()).noneMatch(event -> event.contains(secret) || event.contains(userKey)
                || event.contains(password));
    }

    @Test
    void aBaseUrlThatIsNoAddressIsRefusedAndNothingIsStored() {
        fill("7788", "s-" + UUID.randomUUID(), "k", "p");
        _click(view.save);
        expectNotifications("Perubahan disimpan.");
        Document before = stored();

        view.baseUrl.setValue("apijkn pcare");
        view.consumerSecret.setValue("another-secret");
        _click(view.save);

        assertThat(view.baseUrl.isInvalid()).isTrue();
        assertThat(view.baseUrl.getErrorMessage()).startsWith("Isi alamat lengkap");
        expectNotifications("Pengaturan BPJS belum benar: periksa isian yang ditandai. Tidak ada yang disimpan.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aConsumerIdWithLettersIsRefusedAndNothingIsStored() {
        fill("7788", "s-" + UUID.randomUUID(), "k", "p");
        _click(view.save);
        expectNotifications("Perubahan disimpan.");
        Document before = stored();

        view.consumerId.setValue("12ab");
        _click(view.save);

        assertThat(view.consumerId.isInvalid()).isTrue();
        assertThat(view.consumerId.getErrorMessage()).isEqualTo("Consumer ID terdiri dari angka saja (paling banyak 20).");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theServiceRefusesWhatTheFormWouldRefuseToo() {
        PcareSettingsForm form = new PcareSettingsForm();
        form.setConsumerId("12345");
        form.setUsername("u");
        form.setBaseUrl("ftp://apijkn.bpjs-kesehatan.go.id/pcare-rest");
        Document before = stored();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getBean(BpjsAdminService.class).save(form))
                .hasMessageContaining("invalid");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aPlainHttpBaseUrlIsRefusedWithItsOwnMessageAndNothingIsStored() {
        fill("7788", "s-" + UUID.randomUUID(), "k", "p");
        _click(view.save);
        expectNotifications("Perubahan disimpan.");
        Document before = stored();

        fill("7788", "s-" + UUID.randomUUID(), "k2", "p2");
        view.baseUrl.setValue("http://apijkn.bpjs-kesehatan.go.id/pcare-rest");
        _click(view.save);

        expectNotifications("Alamat (base URL) PCare harus diawali https:// agar kredensial BPJS tidak terkirim tanpa "
                + "enkripsi (http hanya boleh untuk localhost / 127.0.0.1). Tidak ada yang disimpan.");
        assertThat(view.baseUrl.isInvalid()).isTrue();
        assertThat(view.baseUrl.getErrorMessage()).startsWith("Alamat (base URL) PCare harus diawali https://");
        assertThat(stored()).isEqualTo(before);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> context.getBean(BpjsAdminService.class).save(formWith("http://10.0.0.5/pcare")))
                .isInstanceOfSatisfying(UserError.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.BPJS_BASE_URL_NOT_HTTPS));
    }

    @Test
    void plainHttpOnThisMachineIsAllowedForATestDouble() {
        fill("7788", "s-" + UUID.randomUUID(), "k", "p");
        view.baseUrl.setValue("http://127.0.0.1:8089/pcare-rest");
        _click(view.save);

        expectNotifications("Perubahan disimpan.");
        assertThat(store.load().orElseThrow().baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8089/pcare-rest"));
    }

    @Test
    void movingToAnotherHostNeedsTheSecretsTypedAgain() {
        String secret = "secret-" + UUID.randomUUID();
        fill("7788", secret, "key-1", "Pw-1");
        _click(view.save);
        expectNotifications("Perubahan disimpan.");
        Document before = stored();

        // another host, secrets left blank (so the saved ones would go there): refused
        view.baseUrl.setValue("https://pcare.example.net/pcare-rest");
        _click(view.save);
        expectNotifications("Alamat PCare pindah ke server lain: ketik ulang consumer secret, user key dan password "
                + "PCare agar rahasia yang tersimpan tidak terkirim ke server baru. Tidak ada yang disimpan.");
        assertThat(stored()).isEqualTo(before);

        assertThat(view.userKey.isInvalid()).isTrue();
        assertThat(view.userKey.getErrorMessage()).isEqualTo("Ketik ulang: alamat PCare pindah ke server lain.");

        // only one typed again: still refused
        view.consumerSecret.setValue("secret-2");
        _click(view.save);
        expectNotifications("Alamat PCare pindah ke server lain: ketik ulang consumer secret, user key dan password "
                + "PCare agar rahasia yang tersimpan tidak terkirim ke server baru. Tidak ada yang disimpan.");
        assertThat(stored()).isEqualTo(before);
        assertThat(view.consumerSecret.isInvalid()).as("typed again").isFalse();
        assertThat(view.password.isInvalid()).isTrue();

        // all three typed again: saved
        view.consumerSecret.setValue("secret-3");
        view.userKey.setValue("key-3");
        view.password.setValue("Pw-3");
        _click(view.save);
        expectNotifications("Perubahan disimpan.");
        StoredPcareSettings moved = store.load().orElseThrow();
        assertThat(moved.baseUrl()).isEqualTo(URI.create("https://pcare.example.net/pcare-rest"));
        assertThat(moved.consumerSecret()).isEqualTo("secret-3");

        // the same host with another path keeps the secrets without typing them
        view.baseUrl.setValue("https://pcare.example.net/pcare-rest-v2");
        _click(view.save);
        expectNotifications("Perubahan disimpan.");
        assertThat(store.load().orElseThrow().consumerSecret()).isEqualTo("secret-3");
    }

    private static PcareSettingsForm formWith(String baseUrl) {
        PcareSettingsForm form = new PcareSettingsForm();
        form.setConsumerId("12345");
        form.setUsername("u");
        form.setConsumerSecret("s");
        form.setUserKey("k");
        form.setPassword("p");
        form.setBaseUrl(baseUrl);
        return form;
    }
}

