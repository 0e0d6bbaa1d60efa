package id.giliran.identity.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void aStrongPasswordPasses() {
        assertThat(PasswordPolicy.violations("Puskesmas#1")).isEmpty();
    }

    @Test
    void everyMissingPartIsNamed() {
        assertThat(PasswordPolicy.violations("abc")).containsExactly("password.too-short", "password.no-digit",
                "password.no-symbol");
        assertThat(PasswordPolicy.violations("12345678")).containsExactly("password.no-letter", "password.no-symbol");
        assertThat(PasswordPolicy.violations("abcdefgh1")).containsExactly("password.no-symbol");
        assertThat(PasswordPolicy.violations("!!!!####")).containsExactly("password.no-letter", "password.no-digit");
        assertThat(PasswordPolicy.violations(null)).contains("password.too-short");
    }
}
