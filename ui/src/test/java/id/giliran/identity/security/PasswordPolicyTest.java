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

    @Test
    void seventyTwoBytesPassAndSeventyThreeAreRefused() {
        String seventyTwo = "Rahasia#1" + "a".repeat(63);
        assertThat(seventyTwo.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(72);
        assertThat(PasswordPolicy.violations(seventyTwo)).isEmpty();
        assertThat(PasswordPolicy.violations(seventyTwo + "a")).containsExactly("password.too-long");
    }

    @Test
    void bytesNotCharactersAreCounted() {
        // "é" is 2 bytes in UTF-8, "€" 3, "😀" 4 (two chars): under 72 characters, over 72 bytes
        String twoByte = "Rahasia#1" + "é".repeat(32);      // 9 + 64 = 73 bytes, 41 characters
        String threeByte = "Rahasia#1" + "€".repeat(21);    // 9 + 63 = 72 bytes
        String fourByte = "Rahasia#1" + "😀".repeat(16);    // 9 + 64 = 73 bytes
        assertThat(PasswordPolicy.violations(twoByte)).containsExactly("password.too-long");
        assertThat(PasswordPolicy.violations(threeByte)).isEmpty();
        assertThat(PasswordPolicy.violations(fourByte)).containsExactly("password.too-long");
    }
}
