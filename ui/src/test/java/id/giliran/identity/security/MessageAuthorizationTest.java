package id.giliran.identity.security;

import id.giliran.GiliranSpringTest;
import id.giliran.api.audit.AuditEntryView;
import id.giliran.api.audit.FindAuditEntriesQuery;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.RegisterUserCommand;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.api.queue.CallTicketCommand;
import id.giliran.api.queue.FindCallCandidatesQuery;
import id.giliran.api.queue.FindTicketQuery;
import id.giliran.api.queue.IssueTicketCommand;
import id.giliran.api.queue.PaymentType;
import id.giliran.api.queue.TicketCategory;
import id.giliran.api.queue.TicketNumber;
import id.giliran.api.queue.TicketStatus;
import id.giliran.api.queue.TicketView;
import id.giliran.infrastructure.ErrorCodes;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Commands and queries are authorised where they are handled, whatever screen (or none) sent them. */
@GiliranSpringTest
class MessageAuthorizationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void as(Role... roles) {
        var authorities = Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("someone@giliran.id", null, authorities));
    }

    private static void anonymously() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("kiosk", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    private static void assertDenied(Throwable failure) {
        assertThat(ErrorCodes.of(failure)).contains(ErrorCode.ACCESS_DENIED.name());
    }

    private <R> R query(Object query, Class<R> type) {
        return queries.query(query, type).join();
    }

    @Test
    void aTicketCanOnlyBeCalledByTheFrontDeskAndARefusedCallChangesNothing() {
        anonymously();
        String ticketId = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(clock);
        TicketNumber number = commands.sendAndWait(new IssueTicketCommand(ticketId, today, "D", TicketCategory.GENERAL,
                null, PaymentType.BPJS, "IMUNISASI"));
        assertThat(number.prefix()).isEqualTo("D");

        assertThatThrownBy(() -> commands.sendAndWait(new CallTicketCommand(ticketId, "LOKET-1", 1)))
                .satisfies(MessageAuthorizationTest::assertDenied);
        as(Role.SISWA, Role.PASIEN, Role.KONSELOR, Role.AUDITOR);
        assertThatThrownBy(() -> commands.sendAndWait(new CallTicketCommand(ticketId, "LOKET-1", 1)))
                .satisfies(MessageAuthorizationTest::assertDenied);

        as(Role.PETUGAS_LOKET);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> queries.query(new FindTicketQuery(ticketId),
                ResponseTypes.optionalInstanceOf(TicketView.class)).join().isPresent());
        Optional<TicketView> stillWaiting = queries.query(new FindTicketQuery(ticketId),
                ResponseTypes.optionalInstanceOf(TicketView.class)).join();
        assertThat(stillWaiting).map(TicketView::status).contains(TicketStatus.WAITING);
        commands.sendAndWait(new CallTicketCommand(ticketId, "LOKET-1", 1));
    }

    @Test
    void theWaitingListIsForTheFrontDeskOnly() {
        var query = new FindCallCandidatesQuery(LocalDate.now(clock), 5);
        as(Role.SISWA);
        assertThatThrownBy(() -> queries.query(query, ResponseTypes.multipleInstancesOf(TicketView.class)).join())
                .satisfies(MessageAuthorizationTest::assertDenied);
        anonymously();
        assertThatThrownBy(() -> queries.query(query, ResponseTypes.multipleInstancesOf(TicketView.class)).join())
                .satisfies(MessageAuthorizationTest::assertDenied);
        as(Role.PETUGAS_LOKET);
        assertThat(queries.query(query, ResponseTypes.multipleInstancesOf(TicketView.class)).join()).isNotNull();
    }

    @Test
    void accountsAreReadByAdminsAndTheAuditTrailByAdminsAndAuditors() {
        var users = new FindUsersQuery();
        var audit = new FindAuditEntriesQuery(null, null, null, null, null, 10);
        as(Role.PETUGAS_LOKET);
        assertThatThrownBy(() -> queries.query(users, ResponseTypes.multipleInstancesOf(UserView.class)).join())
                .satisfies(MessageAuthorizationTest::assertDenied);
        assertThatThrownBy(() -> queries.query(audit, ResponseTypes.multipleInstancesOf(AuditEntryView.class)).join())
                .satisfies(MessageAuthorizationTest::assertDenied);
        as(Role.AUDITOR);
        assertThat(queries.query(audit, ResponseTypes.multipleInstancesOf(AuditEntryView.class)).join()).isNotEmpty();
        assertThatThrownBy(() -> queries.query(users, ResponseTypes.multipleInstancesOf(UserView.class)).join())
                .satisfies(MessageAuthorizationTest::assertDenied);
        as(Role.ADMIN);
        assertThat(queries.query(users, ResponseTypes.multipleInstancesOf(UserView.class)).join())
                .extracting(UserView::username).contains("admin@giliran.id", "loket@giliran.id");
    }

    @Test
    void nobodyGivesThemselvesAStaffRole() {
        anonymously();
        assertThatThrownBy(() -> commands.sendAndWait(
                new RegisterUserCommand("intruder@contoh.id", "Intruder", Set.of(Role.ADMIN))))
                .satisfies(failure -> assertThat(ErrorCodes.of(failure)).contains(ErrorCode.ROLES_NOT_ALLOWED.name()));
        as(Role.SISWA);
        assertThatThrownBy(() -> commands.sendAndWait(
                new RegisterUserCommand("intruder2@contoh.id", "Intruder", Set.of(Role.PETUGAS_LOKET))))
                .satisfies(failure -> assertThat(ErrorCodes.of(failure)).contains(ErrorCode.ROLES_NOT_ALLOWED.name()));
    }

    record Unannotated(String anything) {
    }

    @Test
    void messagesWithoutAPermissionAreRefusedToEveryPersonButTheSystem() {
        var admin = new Caller("admin@giliran.id", Set.of(Role.ADMIN), "10.0.0.1").toMetaData();
        assertThat(MessageSecurity.permits(
                GenericMessage.asMessage(new Unannotated("x")).andMetaData(admin))).isFalse();
        assertThat(MessageSecurity.permits(
                GenericMessage.asMessage(new Unannotated("x")).andMetaData(Caller.system().toMetaData()))).isTrue();
        assertThat(MessageSecurity.permits(GenericMessage.asMessage(new Unannotated("x")))).isFalse();
    }
}
