package id.giliran.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.identity.Role;
import id.giliran.api.masterdata.CounterView;
import id.giliran.identity.ui.UsersView;
import id.giliran.queue.ui.KioskView;
import id.giliran.queue.ui.LoketView;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Commands sent from three screens by three people each leave an audit entry naming the person,
 * their role and their address; the audit view shows them to an auditor, filtered.
 */
class AuditTrailTest extends KaribuTest {

    private static void tap(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCommandIsAttributedToWhoeverSentItFromWhicheverScreen() {
        await().pollInSameThread().until(() -> masterData.counters().size() == 2 && masterData.clinics().size() == 5);
        callEveryWaitingTicket();

        // 1. the kiosk, nobody signed in
        UI.getCurrent().navigate(KioskView.class);
        tap("kiosk-general");
        tap("kiosk-payment-umum");
        tap("kiosk-clinic-gigi");

        // 2. the counter, a front-desk officer
        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        UI.getCurrent().navigate(LoketView.class);
        RadioButtonGroup<CounterView> counter = _get(RadioButtonGroup.class, spec -> spec.withId("loket-counter"));
        counter.setValue(masterData.counters().get(0));
        tap("loket-call-next");

        // 3. the user administration, an admin
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        tap("users-add");
        _get(TextField.class, spec -> spec.withId("account-name")).setValue("Dewi Konselor");
        _get(TextField.class, spec -> spec.withId("account-username")).setValue("dewi@sekolah.id");
        _get(PasswordField.class, spec -> spec.withId("account-password")).setValue("Konseling#1");
        _get(PasswordField.class, spec -> spec.withId("account-password-again")).setValue("Konseling#1");
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("account-roles"));
        roles.setValue(Set.of(Role.KONSELOR));
        tap("account-save");

        // the auditor sees all three
        signIn("auditor@giliran.id", Role.AUDITOR);
        UI.getCurrent().navigate(AuditView.class);
        AuditView audit = (AuditView) UI.getCurrent().getCurrentView();
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            audit.search();
            List<AuditEntryView> shown = _findAll(audit.entries);
            assertThat(shown).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo("IssueTicketCommand");
                assertThat(entry.username()).isEqualTo("anonymous");
                assertThat(entry.aggregateId()).startsWith("B@");
                assertThat(entry.clientAddress()).isNotBlank();
                assertThat(entry.succeeded()).isTrue();
            });
            assertThat(shown).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo("CallNextTicketCommand");
                assertThat(entry.username()).isEqualTo("loket@giliran.id");
                assertThat(entry.roles()).isEqualTo("PETUGAS_LOKET");
                assertThat(entry.clientAddress()).isNotBlank();
            });
            assertThat(shown).anySatisfy(entry -> {
                assertThat(entry.action()).isEqualTo("RegisterUserCommand");
                assertThat(entry.username()).isEqualTo("admin@giliran.id");
                assertThat(entry.roles()).isEqualTo("ADMIN");
                assertThat(entry.aggregateId()).isEqualTo("dewi@sekolah.id");
            });
        });

        // filtered by user and by aggregate
        audit.user.setValue("admin@giliran.id");
        audit.search();
        assertThat(_findAll(audit.entries)).isNotEmpty().allSatisfy(entry ->
                assertThat(entry.username()).isEqualTo("admin@giliran.id"));
        audit.user.clear();
        audit.aggregate.setValue("dewi@sekolah.id");
        audit.search();
        assertThat(_findAll(audit.entries)).extracting(AuditEntryView::action).containsExactly("RegisterUserCommand");
    }

    @Test
    void aRefusedCommandIsRecordedWithItsErrorCode() {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        tap("users-add");
        _get(TextField.class, spec -> spec.withId("account-name")).setValue("Tanpa Peran");
        _get(TextField.class, spec -> spec.withId("account-username")).setValue("tanpa.peran@contoh.id");
        _get(PasswordField.class, spec -> spec.withId("account-password")).setValue("Rahasia#123");
        _get(PasswordField.class, spec -> spec.withId("account-password-again")).setValue("Rahasia#123");
        tap("account-save");

        signIn("auditor@giliran.id", Role.AUDITOR);
        UI.getCurrent().navigate(AuditView.class);
        AuditView audit = (AuditView) UI.getCurrent().getCurrentView();
        audit.aggregate.setValue("tanpa.peran@contoh.id");
        await().pollInSameThread().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            audit.search();
            assertThat(_findAll(audit.entries)).singleElement().satisfies(entry -> {
                assertThat(entry.succeeded()).isFalse();
                assertThat(entry.errorCode()).isEqualTo("ROLES_REQUIRED");
            });
        });
    }
}
