package id.giliran.identity.security;

import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Role;
import id.giliran.privacy.MasterKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's signature: made for one message and one caller, checked by every instance with the same key. */
class CallerSignatureTest {

    private static final byte[] MASTER_A = filled(7);
    private static final byte[] MASTER_B = filled(9);
    private static final Caller LOKET = new Caller("loket@giliran.id", Set.of(Role.PETUGAS_LOKET), "10.0.0.5");

    record Something(String id) {
    }

    record SomethingElse(String id) {
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    private static CallerSignature signature(byte[] master, byte[]... previous) {
        return new CallerSignature(new MasterKeys(master, List.of(previous)));
    }

    private static CommandMessage<?> message() {
        return GenericCommandMessage.asCommandMessage(new Something("1"));
    }

    @Test
    void canBeVerifiedByAnotherInstanceHoldingTheSameMasterKey() {
        CommandMessage<?> signed = signature(MASTER_A).stamp(message(), LOKET);

        assertThat(signature(MASTER_A).verifies(signed)).isTrue();
        assertThat(Caller.fromMetaData(signed.getMetaData())).isEqualTo(LOKET);
        assertThat(signature(MASTER_B).verifies(signed)).isFalse();
    }

    @Test
    void cannotHaveItsUsernameChanged() {
        CommandMessage<?> signed = signature(MASTER_A).stamp(message(), LOKET);

        assertThat(signature(MASTER_A).verifies(signed.andMetaData(MetaData.with(Caller.USERNAME, Caller.SYSTEM))))
                .isFalse();
        assertThat(signature(MASTER_A).verifies(signed.andMetaData(MetaData.with(Caller.USERNAME, "admin@giliran.id"))))
                .isFalse();
    }

    @Test
    void cannotHaveItsRolesOrAddressChanged() {
        CommandMessage<?> signed = signature(MASTER_A).stamp(message(), LOKET);

        assertThat(signature(MASTER_A).verifies(signed.andMetaData(MetaData.with(Caller.ROLES, "ADMIN")))).isFalse();
        assertThat(signature(MASTER_A).verifies(
                signed.andMetaData(MetaData.with(Caller.ROLES, "ADMIN,PETUGAS_LOKET")))).isFalse();
        assertThat(signature(MASTER_A).verifies(signed.andMetaData(MetaData.with(Caller.ROLES, "")))).isFalse();
        assertThat(signature(MASTER_A).verifies(signed.andMetaData(MetaData.with(Caller.CLIENT_ADDRESS, "10.9.9.9"))))
                .isFalse();
    }

    @Test
    void cannotBeReplayedOnAnotherMessage() {
        CommandMessage<?> signed = signature(MASTER_A).stamp(message(), LOKET);
        CommandMessage<?> another = message().andMetaData(signed.getMetaData());
        CommandMessage<?> sameIdOtherType = new GenericCommandMessage<>(
                new org.axonframework.messaging.GenericMessage<>(signed.getIdentifier(), new SomethingElse("1"),
                        signed.getMetaData()), SomethingElse.class.getName());

        assertThat(another.getIdentifier()).isNotEqualTo(signed.getIdentifier());
        assertThat(signature(MASTER_A).verifies(another)).isFalse();
        assertThat(signature(MASTER_A).verifies(sameIdOtherType)).isFalse();
    }

    @Test
    void cannotBeMissing() {
        CommandMessage<?> unsigned = message().andMetaData(LOKET.toMetaData());
        CommandMessage<?> systemUnsigned = message().andMetaData(Caller.system().toMetaData());

        assertThat(signature(MASTER_A).verifies(unsigned)).isFalse();
        assertThat(signature(MASTER_A).verifies(systemUnsigned)).isFalse();
        assertThat(signature(MASTER_A).verifies(message())).isFalse();
        assertThat(signature(MASTER_A).verifies(message().andMetaData(MetaData.with(Caller.SIGNATURE, "")))).isFalse();
    }

    @Test
    void canStillBeVerifiedWithThePreviousMasterKeyDuringARotation() {
        CommandMessage<?> signedBeforeRotation = signature(MASTER_A).stamp(message(), LOKET);

        CallerSignature rotating = signature(MASTER_B, MASTER_A);
        assertThat(rotating.verifies(signedBeforeRotation)).isTrue();
        assertThat(signature(MASTER_B).verifies(rotating.stamp(message(), LOKET))).isTrue();
    }

    @Test
    void canReplaceACopiedCallerAndSignsNothingForNoOne() {
        CommandMessage<?> copied = message().andMetaData(Caller.system().toMetaData())
                                            .andMetaData(MetaData.with("traceId", "t-1"));

        CommandMessage<?> restamped = signature(MASTER_A).stamp(copied, LOKET);
        CommandMessage<?> nobody = signature(MASTER_A).stamp(copied, Caller.nobody());

        assertThat(Caller.fromMetaData(restamped.getMetaData())).isEqualTo(LOKET);
        assertThat(restamped.getMetaData()).containsEntry("traceId", "t-1");
        assertThat(nobody.getMetaData()).doesNotContainKeys(Caller.USERNAME, Caller.ROLES, Caller.SIGNATURE)
                                        .containsEntry("traceId", "t-1");
        assertThat(signature(MASTER_A).verifies(nobody)).isFalse();
    }
}
