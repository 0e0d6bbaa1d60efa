package id.giliran.identity.command;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.AssignUserRolesCommand;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.DeactivateUserCommand;
import id.giliran.api.identity.ReactivateUserCommand;
import id.giliran.api.identity.RecordPasswordResetCommand;
import id.giliran.api.identity.RegisterUserCommand;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserDeactivatedEvent;
import id.giliran.api.identity.UserPasswordResetEvent;
import id.giliran.api.identity.UserReactivatedEvent;
import id.giliran.api.identity.UserRegisteredEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import id.giliran.command.BusinessRuleViolation;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

class UserAccountTest {

    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    static final MetaData ANONYMOUS = MetaData.from(new Caller(Caller.ANONYMOUS, Set.of(), "10.0.0.7").toMetaData());
    static final MetaData ADMIN = MetaData.from(new Caller("admin@giliran.id", Set.of(Role.ADMIN), "10.0.0.2").toMetaData());
    static final UserRegisteredEvent SITI = new UserRegisteredEvent("siti@sekolah.id", "Siti", Set.of(Role.SISWA), true, NOW);

    private FixtureConfiguration<UserAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UserAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Jakarta")));
    }

    @Test
    void canRegisterOneselfAsAStudent() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUserCommand("siti@sekolah.id", " Siti ", Set.of(Role.SISWA)), ANONYMOUS)
               .expectEvents(SITI);
    }

    @Test
    void canRegisterOneselfWithAPhoneNumberAsAPatient() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUserCommand("+6281234567890", "Budi", Set.of(Role.PASIEN)), ANONYMOUS)
               .expectEvents(new UserRegisteredEvent("+6281234567890", "Budi", Set.of(Role.PASIEN), true, NOW));
    }

    @Test
    void canBeRegisteredByAnAdminWithStaffRoles() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUserCommand("loket@puskesmas.id", "Ani", Set.of(Role.PETUGAS_LOKET, Role.AUDITOR)), ADMIN)
               .expectEvents(new UserRegisteredEvent("loket@puskesmas.id", "Ani",
                       Set.of(Role.PETUGAS_LOKET, Role.AUDITOR), false, NOW));
    }

    @Test
    void cannotRegisterOneselfWithAStaffRole() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUserCommand("x@y.id", "X", Set.of(Role.ADMIN)), ANONYMOUS)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ROLES_NOT_ALLOWED.name())
               .expectNoEvents();
    }

    @Test
    void cannotTakeAUsernameTwice() {
        fixture.given(SITI)
               .when(new RegisterUserCommand("siti@sekolah.id", "Another Siti", Set.of(Role.SISWA)), ANONYMOUS)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.USERNAME_TAKEN.name())
               .expectNoEvents();
    }

    @Test
    void cannotRegisterWithAMalformedUsername() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUserCommand("Siti@Sekolah", "Siti", Set.of(Role.SISWA)), ANONYMOUS)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.USERNAME_INVALID.name())
               .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutARole() {
        fixture.givenNoPriorActivity()
               .when(new RegisterUserCommand("a@b.id", "A", Set.of()), ADMIN)
               .expectException(BusinessRuleViolation.class)
               .expectExceptionDetails(ErrorCode.ROLES_REQUIRED.name())
               .expectNoEvents();
    }

    @Test
    void canGetNewRoles() {
        fixture.given(SITI)
               .when(new AssignUserRolesCommand("siti@sekolah.id", Set.of(Role.SISWA, Role.PASIEN)))
               .expectEvents(new UserRolesAssignedEvent("siti@sekolah.id", Set.of(Role.SISWA, Role.PASIEN)));
    }

    @Test
    void canBeDeactivatedOnceAndReactivated() {
        fixture.given(SITI)
               .when(new DeactivateUserCommand("siti@sekolah.id"))
               .expectEvents(new UserDeactivatedEvent("siti@sekolah.id"));
        fixture.given(SITI, new UserDeactivatedEvent("siti@sekolah.id"))
               .when(new DeactivateUserCommand("siti@sekolah.id"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fixture.given(SITI, new UserDeactivatedEvent("siti@sekolah.id"))
               .when(new ReactivateUserCommand("siti@sekolah.id"))
               .expectEvents(new UserReactivatedEvent("siti@sekolah.id"));
    }

    @Test
    void canRecordAPasswordReset() {
        fixture.given(SITI)
               .when(new RecordPasswordResetCommand("siti@sekolah.id"))
               .expectEvents(new UserPasswordResetEvent("siti@sekolah.id"));
    }
}
