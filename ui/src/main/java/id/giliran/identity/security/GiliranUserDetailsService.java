package id.giliran.identity.security;

import id.giliran.api.identity.Usernames;
import id.giliran.api.identity.AccountStanding;
import id.giliran.api.identity.FindAccountStandingQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in: the hash from the credential store; roles and activity from the account aggregate
 * itself (never from a read model whose events can lag or be parked).
 */
@Service
class GiliranUserDetailsService implements UserDetailsService {

    private final CredentialStore credentials;
    private final QueryGateway queryGateway;

    GiliranUserDetailsService(CredentialStore credentials, QueryGateway queryGateway) {
        this.credentials = credentials;
        this.queryGateway = queryGateway;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = Usernames.normalise(username).orElse(username.strip().toLowerCase(Locale.ROOT));
        CredentialStore.Credential credential = credentials.find(normalised)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        // signing in is the application's own work: no one is signed in yet
        Optional<AccountStanding> account = Callers.asSystem(() -> queryGateway.query(
                new FindAccountStandingQuery(normalised), ResponseTypes.optionalInstanceOf(AccountStanding.class)))
                .join();
        AccountStanding user = account.orElseThrow(() -> new UsernameNotFoundException("no account"));
        return User.withUsername(user.username())
                   .password(credential.passwordHash())
                   .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                   .disabled(!user.active())
                   .build();
    }
}
