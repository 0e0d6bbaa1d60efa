package id.giliran.masterdata.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.ClinicView;
import id.giliran.api.masterdata.ConfigureClinicCommand;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "Poli": PCare's clinic list is loaded (from the in-app sandbox) and a clinic's PCare poli picked from it. */
class ClinicsViewTest extends KaribuTest {

    private ClinicView original;

    @BeforeEach
    void signInAsAdmin() {
        signIn("admin@giliran.id", Role.ADMIN);
        await().pollInSameThread().until(() -> masterData.clinics().stream()
                .anyMatch(clinic -> clinic.clinicCode().equals("IMUNISASI")));
        original = imunisasi();
    }

    @AfterEach
    void restore() {
        signIn("admin@giliran.id", Role.ADMIN);
        masterData.configureClinic(new ConfigureClinicCommand(original.clinicCode(), original.name(),
                original.bpjsPoliCode() == null ? "" : original.bpjsPoliCode(), original.dailyQuota(), original.active(),
                original.displayOrder()));
    }

    private ClinicView imunisasi() {
        return masterData.clinics().stream().filter(clinic -> clinic.clinicCode().equals("IMUNISASI")).findFirst()
                         .orElseThrow();
    }

    @Test
    void anAdminLoadsPcaresPoliListAndPicksTheClinicsPcarePoli() {
        UI.getCurrent().navigate(ClinicsView.class);
        ClinicsView view = (ClinicsView) UI.getCurrent().getCurrentView();

        _click(view.loadPcare);

        expectNotifications("5 poli PCare dimuat. Pilih poli PCare untuk tiap poli lewat \"Ubah\".");
        assertThat(view.pcareClinics).containsKeys("001", "002", "003", "008", "021");
        view.edit(imunisasi());
        @SuppressWarnings("unchecked")
        ComboBox<String> code = _get(ComboBox.class, spec -> spec.withId("clinic-bpjs"));
        assertThat(getSuggestionItems(code)).contains("001", "021");
        assertThat(code.getItemLabelGenerator().apply("021")).isEqualTo("021 — KONSELING");
        code.setValue("021");
        _click(_get(Button.class, spec -> spec.withId("clinic-save")));

        expectNotifications("Perubahan disimpan.");
        await().pollInSameThread().until(() -> "021".equals(imunisasi().bpjsPoliCode()));
        assertThat(view.pcareName(imunisasi())).isEqualTo("KONSELING");
    }

    @Test
    void aCodeCanStillBeTypedWhenPcareIsNotLoaded() {
        UI.getCurrent().navigate(ClinicsView.class);
        ClinicsView view = (ClinicsView) UI.getCurrent().getCurrentView();
        view.edit(imunisasi());
        @SuppressWarnings("unchecked")
        ComboBox<String> code = _get(ComboBox.class, spec -> spec.withId("clinic-bpjs"));

        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(code, "099");
        _click(_get(Button.class, spec -> spec.withId("clinic-save")));

        await().pollInSameThread().until(() -> "099".equals(imunisasi().bpjsPoliCode()));
    }
}
