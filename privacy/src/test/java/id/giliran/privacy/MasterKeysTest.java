package id.giliran.privacy;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys derived from the master key for one purpose: HMAC-SHA256(master, purpose), the same on every instance. */
class MasterKeysTest {

    private static final byte[] MASTER_A = filled(1);
    private static final byte[] MASTER_B = filled(2);
    private static final String PURPOSE = "giliran caller signature v1";

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    @Test
    void canDeriveAKeyPerPurposeAsHmacOfTheMasterKey() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(MASTER_A, "HmacSHA256"));
        byte[] expected = mac.doFinal(PURPOSE.getBytes(StandardCharsets.UTF_8));

        MasterKeys keys = new MasterKeys(MASTER_A, List.of());

        assertThat(keys.derive(PURPOSE)).hasSize(32).isEqualTo(expected)
                                        .isEqualTo(new MasterKeys(MASTER_A, List.of()).derive(PURPOSE))
                                        .isNotEqualTo(keys.derive("another purpose"))
                                        .isNotEqualTo(MASTER_A);
    }

    @Test
    void canDeriveFromThePreviousMasterKeysDuringARotationCurrentFirst() {
        MasterKeys rotating = new MasterKeys(MASTER_B, List.of(MASTER_A));

        assertThat(rotating.deriveAll(PURPOSE)).containsExactly(
                new MasterKeys(MASTER_B, List.of()).derive(PURPOSE),
                new MasterKeys(MASTER_A, List.of()).derive(PURPOSE));
        assertThat(rotating.derive(PURPOSE)).isEqualTo(new MasterKeys(MASTER_B, List.of()).derive(PURPOSE));
    }

    @Test
    void cannotDeriveWithoutAPurpose() {
        assertThatThrownBy(() -> new MasterKeys(MASTER_A, List.of()).derive(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
