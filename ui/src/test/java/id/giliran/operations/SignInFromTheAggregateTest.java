package id.giliran.operations;

import id.giliran.identity.security.Callers;
import id.giliran.GiliranSpringTest;
import id.giliran.api.identity.AssignUserRolesCommand;
import id.giliran.api.identity.DeactivateUserCommand;
import id.giliran.api.identity.FindUserQuery;
import id.giliran.api.identity.RegisterUserCommand;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.identity.security.CredentialStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in never depends on the "user-accounts" read model: with its processor stopped (so it cannot
 * learn of the change), a deactivated account is refused and changed roles count at once.
 */
@GiliranSpringTest
class SignInFromTheAggregateTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    CredentialStore credentials;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aDeactivatedAccountCannotSignInWhileTheAccountsReadModelIsStopped() {
        String username = "petugas-" + UUID.randomUUID().toString().substring(0, 8) + "@giliran.id";
        Callers.asSystem(() -> commands.sendAndWait(new RegisterUserCommand(username, "Petugas Uji", Set.of(Role.PETUGAS_LOKET))));
        credentials.create(username, passwordEncoder.encode("Rahasia-Kuat-2026"));
        DaoAuthenticationProvider signIn = new DaoAuthenticationProvider(userDetails);
        signIn.setPasswordEncoder(passwordEncoder);
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                "Rahasia-Kuat-2026")).isAuthenticated()).isTrue();
        EventProcessor accounts = processing.eventProcessor("user-accounts").orElseThrow();

        accounts.shutDown();
        try {
            Callers.asSystem(() -> commands.sendAndWait(new AssignUserRolesCommand(username, Set.of(Role.ADMIN))));
            assertThat(userDetails.loadUserByUsername(username).getAuthorities())
                    .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
            Callers.asSystem(() -> commands.sendAndWait(new DeactivateUserCommand(username)));

            assertThat(readModel(username)).as("the read model has not seen it")
                    .hasValueSatisfying(user -> assertThat(user.active()).isTrue());
            assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    "Rahasia-Kuat-2026"))).isInstanceOf(DisabledException.class);
        } finally {
            accounts.start();
        }
    }

    private Optional<UserView> readModel(String username) {
        return Callers.asSystem(() -> queries.query(new FindUserQuery(username),
                ResponseTypes.optionalInstanceOf(UserView.class))).join();
    }
}
