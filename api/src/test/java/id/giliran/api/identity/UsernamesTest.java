package id.giliran.api.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsernamesTest {

    @Test
    void eMailAddressesAreLowerCased() {
        assertThat(Usernames.normalise(" Siti@Sekolah.ID ")).contains("siti@sekolah.id");
    }

    @Test
    void indonesianPhoneNumbersBecomePlus62() {
        assertThat(Usernames.normalise("0812-3456-7890")).contains("+6281234567890");
        assertThat(Usernames.normalise("62812 3456 7890")).contains("+6281234567890");
        assertThat(Usernames.normalise("+62 (812) 3456 7890")).contains("+6281234567890");
    }

    @Test
    void anythingElseIsNoUsername() {
        assertThat(Usernames.normalise("siti")).isEmpty();
        assertThat(Usernames.normalise("0812")).isEmpty();
        assertThat(Usernames.normalise("")).isEmpty();
        assertThat(Usernames.normalise(null)).isEmpty();
    }
}
