package id.giliran.identity.ui;

import id.giliran.GiliranSpringTest;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Role;
import id.giliran.identity.security.CredentialStore;
import id.giliran.ui.ErrorText;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * An account and its password come together or not at all, with a failure injected between the
 * two steps: a crash before the account (an orphan password that signs nobody in and gives way to
 * the next registration), a crash after it (the account has its password), a refused account.
 */
@GiliranSpringTest
class AccountAtomicityTest {

    /** What a crash looks like to the code after it: nothing more of the method runs (no catch of RuntimeException). */
    static class Crash extends Error {
    }

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
    MongoTemplate mongo;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin@giliran.id", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String someone() {
        return "petugas-" + UUID.randomUUID().toString().substring(0, 8) + "@giliran.id";
    }

    private AccountService crashing(boolean afterTheAccount) {
        CommandGateway gateway = Mockito.mock(CommandGateway.class);
        Mockito.when(gateway.sendAndWait(any())).thenAnswer(call -> {
            if (afterTheAccount) {
                commands.sendAndWait(call.getArgument(0));
            }
            throw new Crash();
        });
        return new AccountService(gateway, queries, credentials, passwordEncoder);
    }

    private boolean hasPassword(String username) {
        return mongo.exists(Query.query(where("_id").is(username)), "credentials");
    }

    @Test
    void anOrphanPasswordSignsNobodyInAndGivesWayToTheNextRegistration() {
        String username = someone();
        assertThatThrownBy(() -> crashing(false).open("Petugas Uji", username, "Rahasia#2026", "Rahasia#2026",
                Set.of(Role.PETUGAS_LOKET))).isInstanceOf(Crash.class);
        assertThat(hasPassword(username)).as("the orphan password").isTrue();

        assertThatThrownBy(() -> userDetails.loadUserByUsername(username)).isInstanceOf(UsernameNotFoundException.class);

        accounts.open("Petugas Asli", username, "Lain#20260", "Lain#20260", Set.of(Role.PETUGAS_LOKET));
        String hash = userDetails.loadUserByUsername(username).getPassword();
        assertThat(passwordEncoder.matches("Lain#20260", hash)).isTrue();
        assertThat(passwordEncoder.matches("Rahasia#2026", hash)).isFalse();
    }

    @Test
    void anAccountOpenedJustBeforeACrashHasItsPasswordAndCannotBeTakenOver() {
        String username = someone();
        assertThatThrownBy(() -> crashing(true).open("Petugas Uji", username, "Rahasia#2026", "Rahasia#2026",
                Set.of(Role.PETUGAS_LOKET))).isInstanceOf(Crash.class);

        assertThat(passwordEncoder.matches("Rahasia#2026", userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
        assertThatThrownBy(() -> accounts.open("Orang Lain", username, "Lain#20260", "Lain#20260",
                Set.of(Role.PASIEN)))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.USERNAME_TAKEN));
        assertThat(passwordEncoder.matches("Rahasia#2026", userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    @Test
    void aRefusedAccountLeavesNoPassword() {
        String username = someone();
        assertThatThrownBy(() -> accounts.open("Petugas Uji", username, "Rahasia#2026", "Rahasia#2026", Set.of()))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.ROLES_REQUIRED));

        assertThat(hasPassword(username)).isFalse();
        assertThatThrownBy(() -> userDetails.loadUserByUsername(username)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aPasswordOverBcryptsSeventyTwoBytesIsRefusedWithItsOwnCodeAndNothingIsStored() {
        String username = someone();
        String tooLong = "Ä#1" + "é".repeat(35); // 2 + 1 + 1 + 70 = 74 bytes, 38 characters

        assertThatThrownBy(() -> accounts.open("Petugas Uji", username, tooLong, tooLong, Set.of(Role.PETUGAS_LOKET)))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.PASSWORD_TOO_LONG));
        assertThat(hasPassword(username)).isFalse();
        assertThat(accounts.exists(username)).isFalse();
    }
}
