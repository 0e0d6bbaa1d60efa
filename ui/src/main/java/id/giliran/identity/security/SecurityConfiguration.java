package id.giliran.identity.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.giliran.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Security with Vaadin's login view, through Vaadin's supported {@link VaadinSecurityConfigurer}
 * (VaadinWebSecurity is deprecated since 24.9): every view declares who may open it
 * ({@code @AnonymousAllowed}, {@code @PermitAll}, {@code @RolesAllowed}); everything else is closed.
 * Passwords are hashed with bcrypt through Spring's delegating encoder ({@code {bcrypt}...}).
 *
 * <p>Every refused sign-in (wrong password, unknown account, deactivated, throttled) goes to the same
 * {@code /login?error}: the login view says the same thing for all, so nobody learns whether an account
 * exists. Sign-in attempts pass the {@link SignInThrottle} first ({@link ThrottledSignIn}).
 *
 * <p>Security headers on every response: see {@link ContentSecurityPolicy}; {@code X-Content-Type-Options:
 * nosniff}, {@code Referrer-Policy: same-origin} (addresses carry ticket and record ids), {@code X-Frame-Options:
 * DENY} (no page of Giliran is meant to be framed, not even by itself: the kiosk and the display run full
 * screen in their own browser) and HSTS for a year when the request came over https (Spring writes it only
 * for secure requests; behind the reverse proxy the forwarded headers make it so).
 */
@EnableWebSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledSignIn signIn) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                PathPatternRequestMatcher.withDefaults().matcher("/styles/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/scripts/**")).permitAll());
        http.authenticationManager(signIn);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        http.formLogin(form -> form.failureHandler((request, response, refused) ->
                response.sendRedirect(request.getContextPath() + "/login?error")));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.DIRECTIVES))
                .contentTypeOptions(nosniff -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
