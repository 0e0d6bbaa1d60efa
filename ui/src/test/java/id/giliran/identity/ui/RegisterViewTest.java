package id.giliran.identity.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.identity.invitation.InvitationCodeService;
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
    @Autowired
    InvitationCodeService invitations;

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
        view.invitationCode.setValue("SISWA-DEMO-2026");
        _click(view.submit);
        expectNotifications("Alamat e-mail atau nomor HP ini sudah terdaftar.");
    }

    @Test
    void aStudentNeedsTheInvitationCodeOfTheirSchool() {
        fill("Siti Aminah", "siti.tanpa.kode@sekolah.id", "Rahasia#123", "Rahasia#123", Role.PASIEN);
        assertThat(view.invitationCode.isVisible()).as("a patient needs no code").isFalse();
        view.role.setValue(Role.SISWA);
        assertThat(view.invitationCode.isVisible()).isTrue();

        _click(view.submit);

        assertThat(view.invitationCode.getErrorMessage()).isEqualTo("Siswa mendaftar dengan kode undangan dari sekolah.");
        assertThat(accountExists("siti.tanpa.kode@sekolah.id")).isFalse();
    }

    @Test
    void aWrongOrRevokedCodeIsRefusedAndNothingIsStored() {
        signIn("admin@giliran.id", Role.ADMIN);
        String revoked = invitations.issue("SMPN 9 Kelas VII-A", null, 30);
        invitations.revoke(await().pollInSameThread().atMost(Duration.ofSeconds(10))
                                  .until(() -> invitations.codes().stream()
                                                          .filter(code -> code.label().equals("SMPN 9 Kelas VII-A"))
                                                          .findFirst(), java.util.Optional::isPresent)
                                  .orElseThrow().invitationId());
        signOut();

        fill("Siti Aminah", "siti.salah.kode@sekolah.id", "Rahasia#123", "Rahasia#123", Role.SISWA);
        view.invitationCode.setValue("SALAH-KODE-0000");
        _click(view.submit);
        expectNotifications("Kode undangan tidak dikenal. Periksa kembali kode dari sekolah Anda.");

        view.invitationCode.setValue(revoked);
        _click(view.submit);
        expectNotifications("Kode undangan ini sudah dicabut oleh admin. Minta kode baru dari sekolah Anda.");
        assertThat(accountExists("siti.salah.kode@sekolah.id")).isFalse();
    }

    @Test
    void aStudentOpensAnAccountWithTheDemoCode() {
        fill("Rudi Hartono", "rudi.demo@sekolah.id", "Rahasia#123", "Rahasia#123", Role.SISWA);
        view.invitationCode.setValue("siswa demo 2026");

        _click(view.submit);

        expectNotifications("Akun dibuat. Silakan masuk.");
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> accountExists("rudi.demo@sekolah.id"));
    }

    @Test
    void aCodeForOneUseOpensOneAccount() {
        signIn("admin@giliran.id", Role.ADMIN);
        String once = invitations.issue("SMAN 2 Kelas XI-1", java.time.LocalDate.of(2099, 1, 1), 1);
        signOut();
        fill("Ayu Lestari", "ayu.sekali@sekolah.id", "Rahasia#123", "Rahasia#123", Role.SISWA);
        view.invitationCode.setValue(once);
        _click(view.submit);
        expectNotifications("Akun dibuat. Silakan masuk.");

        UI.getCurrent().navigate(RegisterView.class);
        view = (RegisterView) UI.getCurrent().getCurrentView();
        fill("Bayu Lestari", "bayu.sekali@sekolah.id", "Rahasia#123", "Rahasia#123", Role.SISWA);
        view.invitationCode.setValue(once);
        _click(view.submit);
        expectNotifications("Kode undangan ini sudah dipakai sebanyak yang diizinkan. Minta kode baru dari sekolah Anda.");
        assertThat(accountExists("bayu.sekali@sekolah.id")).isFalse();
    }
}
