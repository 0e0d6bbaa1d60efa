package id.giliran.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import id.giliran.api.identity.Role;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** One message for every refused sign-in; a signed-in person goes on, never back and forth. */
class LoginViewTest extends KaribuTest {

    private LoginForm openLogin(Map<String, List<String>> parameters) {
        UI.getCurrent().navigate("login", new QueryParameters(parameters));
        return _get(LoginForm.class);
    }

    @Test
    void everyRefusedSignInShowsTheSameIndonesianMessage() {
        LoginForm plain = openLogin(Map.of());
        assertThat(plain.isError()).isFalse();

        // whatever the reason (wrong password, unknown, deactivated, throttled), the form comes back with ?error
        LoginForm refused = openLogin(Map.of("error", List.of("")));

        assertThat(refused.isError()).isTrue();
        assertThat(String.valueOf(refused.getElement().getPropertyRaw("i18n")))
                .contains("Tidak dapat masuk", "E-mail/nomor HP atau kata sandi salah, atau akun ini belum dapat");
    }

    @Test
    void aSignedInPersonGoesOnToTheStartPage() {
        signIn("pasien@giliran.id", Role.PASIEN);

        UI.getCurrent().navigate("login");

        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(LoginView.class);
    }

    @Test
    void whenTheRequestCarriesNobodyTheSignInPageStaysEvenIfTheSecurityContextSaysOtherwise() {
        // the two disagreeing is what made the sign-in page and the start page forward to each other
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("pasien@giliran.id", null, List.of()));

        UI.getCurrent().navigate("login");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
