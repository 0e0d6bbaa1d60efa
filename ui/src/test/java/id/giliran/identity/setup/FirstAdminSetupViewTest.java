package id.giliran.identity.setup;

import com.vaadin.flow.component.UI;
import id.giliran.identity.ui.AccountService;
import id.giliran.identity.ui.LoginView;
import id.giliran.ui.KaribuTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class FirstAdminSetupViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CommandGateway commands;

    @TempDir
    Path dataDir;

    @Test
    void withAnAdminThePageSendsPeopleToSignIn() {
        UI.getCurrent().navigate(FirstAdminSetupView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theFirstAdminChoosesTheirAccountWithTheCodeFromTheLog() {
        SetupCode code = new SetupCode(dataDir.resolve("setup-code.txt").toString());
        FirstAdminSetupService setup = new FirstAdminSetupService(accounts, commands, code, true,
                "setup-" + UUID.randomUUID(), () -> false, "http://localhost:8080/pengaturan-awal");
        FirstAdminSetupView view = new FirstAdminSetupView(setup);
        UI.getCurrent().add(view);
        view.displayName.setValue("Kepala Puskesmas");
        view.username.setValue("kepala-" + UUID.randomUUID().toString().substring(0, 8) + "@puskesmas.id");
        view.password.setValue("Kepala#2026");
        view.passwordAgain.setValue("Kepala#2026");

        view.code.setValue("SALAH-KODE");
        _click(view.submit);
        expectNotifications("Kode pengaturan salah. Kode ada di log aplikasi saat dimulai (dan di berkas "
                + "setup-code.txt di direktori data).");

        view.password.setValue("Kepala#2026" + "x".repeat(62));
        _click(view.submit);
        assertThat(view.password.getErrorMessage()).startsWith("Maksimal 72 byte");

        view.password.setValue("Kepala#2026");
        view.code.setValue(code.grouped());
        _click(view.submit);
        expectNotifications("Admin pertama dibuat. Silakan masuk.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
