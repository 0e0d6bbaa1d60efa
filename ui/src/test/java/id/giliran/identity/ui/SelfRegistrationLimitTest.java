package id.giliran.identity.ui;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Role;
import id.giliran.identity.invitation.InvitationCodeService;
import id.giliran.infrastructure.RateLimits;
import id.giliran.ui.ErrorText;
import id.giliran.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Patients open their own account freely but not without end from one address (the limit of its own
 * here: 2 an hour, on a clock of its own, sent as the anonymous visitor of a Karibu request); and a
 * student cannot register where student self-registration is off.
 */
class SelfRegistrationLimitTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    InvitationCodeService invitations;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneId.of("Asia/Jakarta"));

    private static String phone() {
        return "+62812" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
    }

    @Test
    void aThirdPatientAccountFromOneAddressWithinTheHourIsRefusedAndNothingIsStored() {
        RateLimits twoAnHour = new RateLimits(new RateLimits.Settings(Map.of(RateLimits.SELF_REGISTRATION, "2/PT1H")),
                clock);
        SelfRegistrationService registration = new SelfRegistrationService(accounts, invitations, twoAnHour, true);
        registration.register("Pasien Satu", phone(), "Sehat#2026", "Sehat#2026", Role.PASIEN, "", "10.1.1.1");
        registration.register("Pasien Dua", phone(), "Sehat#2026", "Sehat#2026", Role.PASIEN, "", "10.1.1.1");
        String third = phone();

        assertThatThrownBy(() -> registration.register("Pasien Tiga", third, "Sehat#2026", "Sehat#2026", Role.PASIEN,
                "", "10.1.1.1"))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.SELF_REGISTRATION_LIMITED));
        assertThat(accounts.exists(AccountService.checkedUsername(third))).isFalse();
        registration.register("Pasien Tiga", third, "Sehat#2026", "Sehat#2026", Role.PASIEN, "", "10.1.1.2");
        assertThat(accounts.exists(AccountService.checkedUsername(third))).as("another address is not limited").isTrue();
    }

    @Test
    void aMistypedFormDoesNotCountAgainstTheLimit() {
        RateLimits oneAnHour = new RateLimits(new RateLimits.Settings(Map.of(RateLimits.SELF_REGISTRATION, "1/PT1H")),
                clock);
        SelfRegistrationService registration = new SelfRegistrationService(accounts, invitations, oneAnHour, true);

        assertThatThrownBy(() -> registration.register("Pasien", phone(), "lemah", "lemah", Role.PASIEN, "", "10.1.2.1"))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.PASSWORD_TOO_WEAK));
        String username = phone();
        registration.register("Pasien", username, "Sehat#2026", "Sehat#2026", Role.PASIEN, "", "10.1.2.1");
        assertThat(accounts.exists(AccountService.checkedUsername(username))).isTrue();
    }

    @Test
    void studentsCannotRegisterThemselvesWhereItIsOff() {
        SelfRegistrationService off = new SelfRegistrationService(accounts, invitations,
                new RateLimits(new RateLimits.Settings(Map.of()), clock), false);
        String username = "siswa-" + UUID.randomUUID().toString().substring(0, 8) + "@sekolah.id";

        assertThat(off.studentsMayRegister()).isFalse();
        assertThatThrownBy(() -> off.register("Siswa", username, "Belajar#2026", "Belajar#2026", Role.SISWA,
                "SISWA-DEMO-2026", "10.1.3.1"))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.STUDENT_SELF_REGISTRATION_OFF));
        assertThat(accounts.exists(username)).isFalse();
    }
}
