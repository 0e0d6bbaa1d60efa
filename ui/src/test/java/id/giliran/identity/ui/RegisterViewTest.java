package id.giliran.identity.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RegisterViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    private RegisterView view;

    @BeforeEach
    void open() {
        UI.getCurrent().navigate(RegisterView.class);
        view = (RegisterView) UI.getCurrent().getCurrentView();
    }

    private void fill(String name, String username, String password, String again, Role role) {
        view.displayName.setValue(name);
        view.username.setValue(username);
        view.password.setValue(password);
        view.passwordAgain.setValue(again);
        view.role.setValue(role);
    }

    private boolean accountExists(String username) {
        signIn("admin@giliran.id", Role.ADMIN);
        try {
            return accounts.users().stream().map(UserView::username).anyMatch(username::equals);
        } finally {
            signOut();
        }
    }

    @Test
    void aWeakPasswordIsExplainedInIndonesianAndNothingIsStored() {
        fill("Siti Aminah", "siti.lemah@sekolah.id", "abc", "abc", Role.SISWA);

        _click(view.submit);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage())
                .isEqualTo("Minimal 8 karakter. Harus memuat angka. Harus memuat simbol (mis. # ! @).");
        assertThat(accountExists("siti.lemah@sekolah.id")).isFalse();
    }

    @Test
    void missingFieldsAndDifferentPasswordsAreExplained() {
        fill("", "bukan-email", "Rahasia#123", "Rahasia#124", null);

        _click(view.submit);

        assertThat(view.displayName.getErrorMessage()).isEqualTo("Nama wajib diisi.");
        assertThat(view.username.getErrorMessage()).startsWith("Isi alamat e-mail");
        assertThat(view.passwordAgain.getErrorMessage()).isEqualTo("Kedua kata sandi tidak sama.");
        assertThat(view.role.getErrorMessage()).isEqualTo("Pilih daftar sebagai siswa atau pasien.");
    }

    @Test
    void aStudentOpensAnAccountWithAPhoneNumberAndCannotTakeItTwice() {
        fill("Budi Santoso", "0813-1111-2222", "Rahasia#123", "Rahasia#123", Role.PASIEN);
        _click(view.submit);

        expectNotifications("Akun dibuat. Silakan masuk.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> accountExists("+6281311112222"));

        UI.getCurrent().navigate(RegisterView.class);
        view = (RegisterView) UI.getCurrent().getCurrentView();
        fill("Orang Lain", "+62 813 1111 2222", "Lain#12345", "Lain#12345", Role.SISWA);
        _click(view.submit);
        expectNotifications("Alamat e-mail atau nomor HP ini sudah terdaftar.");
    }
}
