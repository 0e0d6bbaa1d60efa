package id.giliran.identity.ui;

import com.vaadin.flow.component.UI;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** An admin opens an account, changes its roles, closes and reopens it, and resets its password. */
class UsersViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService signIn;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void asAdmin() {
        signIn("admin@giliran.id", Role.ADMIN);
    }

    private UserView account(String username) {
        return accounts.users().stream().filter(user -> user.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void anAdminManagesAnAccountFromOpeningToPasswordReset() {
        String username = accounts.open("Rina Petugas", "Rina@Puskesmas.id", "Pertama#1", "Pertama#1",
                Set.of(Role.PETUGAS_LOKET));
        assertThat(username).isEqualTo("rina@puskesmas.id");
        UI.getCurrent().navigate(UsersView.class);
        UsersView view = (UsersView) UI.getCurrent().getCurrentView();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            view.refresh();
            assertThat(_findAll(view.users)).extracting(UserView::username).contains(username);
        });

        accounts.assignRoles(username, Set.of(Role.PETUGAS_LOKET, Role.AUDITOR));
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() ->
                account(username).roles().equals(Set.of(Role.PETUGAS_LOKET, Role.AUDITOR)));
        UserDetails details = signIn.loadUserByUsername(username);
        assertThat(details.getAuthorities()).extracting(Object::toString)
                                            .containsExactlyInAnyOrder("ROLE_PETUGAS_LOKET", "ROLE_AUDITOR");

        accounts.deactivate(username);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> !account(username).active());
        assertThat(signIn.loadUserByUsername(username).isEnabled()).isFalse();
        accounts.reactivate(username);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> account(username).active());
        assertThat(signIn.loadUserByUsername(username).isEnabled()).isTrue();

        assertThatThrownBy(() -> accounts.resetPassword(username, "lemah", "lemah"))
                .hasMessageContaining("policy");
        accounts.resetPassword(username, "Kedua#222", "Kedua#222");
        String hash = signIn.loadUserByUsername(username).getPassword();
        assertThat(passwordEncoder.matches("Kedua#222", hash)).isTrue();
        assertThat(passwordEncoder.matches("Pertama#1", hash)).isFalse();
        assertThat(hash).startsWith("{bcrypt}");
    }
}
