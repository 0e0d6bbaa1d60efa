package id.giliran.identity.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import id.giliran.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Spring Security with Vaadin's login view: every view declares who may open it
 * ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}); everything else is closed.
 * Passwords are hashed with bcrypt through Spring's delegating encoder ({@code {bcrypt}...}).
 */
@EnableWebSecurity
@Configuration
class SecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(pathMatchers("/styles/**", "/scripts/**")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
        http.formLogin(form -> form.failureHandler(signInFailure()));
    }

    /** Tells the login view why a sign-in was refused: wrong credentials, a locked or a closed account. */
    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled"
                    : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
