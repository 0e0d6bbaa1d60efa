package id.giliran.identity.security;

import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.Permitted;
import id.giliran.api.identity.Role;
import id.giliran.infrastructure.ErrorCodes;
import id.giliran.privacy.MasterKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.messaging.MessageHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The handling side wired as the {@code axonserver} profile wires it: {@link MessageSecurity#handlerSide} on the
 * buses whose handlers receive what Axon Server delivers (Axon Server's buses put handler interceptors on their
 * local segment, a SimpleCommandBus and a SimpleQueryBus as here, and deliver to it without this process's
 * dispatch interceptors). A message is dispatched straight onto them, as a client that reached Axon Server would
 * send it; what another instance sends is made by that instance's {@link MessageSecurity#stamped}.
 */
class MessageSecurityTest {

    private static final byte[] MASTER = filled(3);

    @Permitted(Role.ADMIN)
    record ForAdmins(String id) {
    }

    @Permitted(value = Role.PASIEN, anyone = true)
    record ForAnyone(String id) {
    }

    private final MessageSecurity security = security(MASTER);
    /** Another instance holding the same GILIRAN_SECRETS_KEY. */
    private final MessageSecurity otherInstance = security(MASTER);
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private SimpleCommandBus commands;
    private SimpleQueryBus queries;
    private QueryUpdateEmitter emitter;

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    private static MessageSecurity security(byte[] master) {
        return new MessageSecurity(new CallerSignature(new MasterKeys(master, List.of())));
    }

    @BeforeEach
    void handlingSide() {
        emitter = security.guarded(SimpleQueryUpdateEmitter.builder().build());
        commands = SimpleCommandBus.builder().build();
        queries = SimpleQueryBus.builder().queryUpdateEmitter(emitter).build();
        security.handlerSide(commands, queries);
        commands.subscribe(ForAdmins.class.getName(), message -> "done");
        commands.subscribe(ForAnyone.class.getName(), message -> "done");
        queries.subscribe(ForAdmins.class.getName(), String.class,
                (MessageHandler<QueryMessage<?, String>>) message -> "answer");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        background.shutdownNow();
    }

    private static Caller as(Role role) {
        return new Caller(role.name().toLowerCase() + "@giliran.id", Set.of(role), "10.0.0.4");
    }

    private static CommandMessage<?> command(Object payload) {
        return GenericCommandMessage.asCommandMessage(payload);
    }

    private static QueryMessage<ForAdmins, String> query() {
        return new GenericQueryMessage<>(new ForAdmins("q"), ResponseTypes.instanceOf(String.class));
    }

    /** {@code message} as {@code instance} sends it for {@code caller}. */
    private static <M extends org.axonframework.messaging.Message<?>> M sentBy(MessageSecurity instance,
                                                                               Caller caller, M message) {
        SecurityContextHolder.getContext().setAuthentication(caller.isSystem() ? null
                : UsernamePasswordAuthenticationToken.authenticated(caller.username(), null,
                        AuthorityUtils.createAuthorityList(caller.roles().stream().map(r -> "ROLE_" + r).toArray(String[]::new))));
        try {
            return caller.isSystem() ? Callers.asSystem(() -> instance.stamped(message)) : instance.stamped(message);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CommandResultMessage<?> handle(CommandMessage<?> message) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commands.dispatch(message, callback);
        return callback.getResult();
    }

    private static void assertRefused(CommandResultMessage<?> result) {
        assertThat(result.isExceptional()).isTrue();
        assertThat(ErrorCodes.of(result.exceptionResult())).contains(ErrorCode.ACCESS_DENIED.name());
        assertThat(result.exceptionResult().getMessage()).doesNotContain("@giliran.id").doesNotContain("system");
    }

    private void assertQueryRefused(QueryMessage<?, String> message) {
        assertRefused(queries.query(message).join());
    }

    /** A query bus answers a refusal as an exceptional response (the gateway turns it into an exception). */
    private static void assertRefused(QueryResponseMessage<?> response) {
        assertThat(response.isExceptional()).isTrue();
        assertThat(ErrorCodes.of(response.exceptionResult())).contains(ErrorCode.ACCESS_DENIED.name());
    }

    @Test
    void aForgedCallerIsRefusedAtTheMessageLevel() {
        // unsigned, as anyone connected to Axon Server could write it: an admin, and "system" itself
        assertRefused(handle(command(new ForAdmins("1")).andMetaData(as(Role.ADMIN).toMetaData())));
        assertRefused(handle(command(new ForAdmins("1")).andMetaData(Caller.system().toMetaData())));
        assertRefused(handle(command(new ForAnyone("1")).andMetaData(Caller.system().toMetaData())));
        assertQueryRefused(query().andMetaData(Caller.system().toMetaData()));
        // signed with a key derived from another master key
        assertRefused(handle(sentBy(security(filled(4)), Caller.system(), command(new ForAdmins("1")))));
        assertQueryRefused(sentBy(security(filled(4)), as(Role.ADMIN), query()));
        // signed correctly for a student, then given the admin role or the system's name
        CommandMessage<?> student = sentBy(otherInstance, as(Role.SISWA), command(new ForAdmins("1")));
        assertRefused(handle(student));
        assertRefused(handle(student.andMetaData(MetaData.with(Caller.ROLES, "ADMIN,SISWA"))));
        assertRefused(handle(student.andMetaData(MetaData.with(Caller.USERNAME, Caller.SYSTEM))));
        assertQueryRefused(sentBy(otherInstance, as(Role.SISWA), query()).andMetaData(MetaData.with(Caller.ROLES,
                "ADMIN")));
        // a valid signature taken from one message onto another
        CommandMessage<?> admins = sentBy(otherInstance, as(Role.ADMIN), command(new ForAdmins("1")));
        assertRefused(handle(command(new ForAdmins("2")).andMetaData(admins.getMetaData())));
    }

    @Test
    void aCorrectlySignedMessagePasses() {
        assertThat(handle(sentBy(otherInstance, as(Role.ADMIN), command(new ForAdmins("1")))).getPayload())
                .isEqualTo("done");
        assertThat(handle(sentBy(otherInstance, Caller.system(), command(new ForAdmins("1")))).getPayload())
                .isEqualTo("done");
        assertThat(queries.query(sentBy(otherInstance, as(Role.ADMIN), query())).join().getPayload())
                .isEqualTo("answer");
        // signed correctly, but the caller may not send it
        assertRefused(handle(sentBy(otherInstance, as(Role.AUDITOR), command(new ForAnyone("1")))));
    }

    private <T> T inBackground(Supplier<T> work) throws Exception {
        return background.submit(work::get).get();
    }

    @Test
    void aBackgroundThreadWithoutAUserIsRefusedUnlessItRunsAsSystem() throws Exception {
        // this process's own buses, both sides wired as MessageSecurityConfiguration wires them
        SimpleCommandBus local = SimpleCommandBus.builder().build();
        SimpleQueryBus localQueries = SimpleQueryBus.builder().build();
        security.dispatchSide(local, localQueries, DefaultQueryGateway.builder().queryBus(localQueries).build());
        security.handlerSide(local, localQueries);
        local.subscribe(ForAnyone.class.getName(), message -> "done");
        CommandGateway gateway = DefaultCommandGateway.builder().commandBus(local).build();
        // what a handler would send with the caller of the event it handled copied into it (correlation data)
        CommandMessage<?> copiedSystem = command(new ForAnyone("2")).andMetaData(Caller.system().toMetaData());

        assertThatThrownBy(() -> inBackground(() -> gateway.sendAndWait(new ForAnyone("1"))))
                .satisfies(failure -> assertThat(ErrorCodes.of(failure)).contains(ErrorCode.ACCESS_DENIED.name()));
        assertThatThrownBy(() -> inBackground(() -> gateway.sendAndWait(copiedSystem)))
                .satisfies(failure -> assertThat(ErrorCodes.of(failure)).contains(ErrorCode.ACCESS_DENIED.name()));
        assertRefused(handle(inBackground(() -> security.stamped(command(new ForAdmins("1"))))));

        assertThat(inBackground(() -> Callers.asSystem(() -> gateway.<Object>sendAndWait(new ForAnyone("1")))))
                .isEqualTo("done");
        assertThat(inBackground(() -> Callers.asSystem(() -> gateway.<Object>sendAndWait(copiedSystem))))
                .isEqualTo("done");
        CommandMessage<?> asSystem = inBackground(() -> Callers.asSystem(() -> security.stamped(command(new ForAdmins("1")))));
        assertThat(handle(asSystem).getPayload()).isEqualTo("done");
    }

    private SubscriptionQueryMessage<ForAdmins, String, String> subscription() {
        return new GenericSubscriptionQueryMessage<>(new ForAdmins("live"), ResponseTypes.instanceOf(String.class),
                ResponseTypes.instanceOf(String.class));
    }

    @Test
    void liveUpdatesReachOnlySubscribersWhoMayReadTheQuery() {
        List<String> admin = new CopyOnWriteArrayList<>();
        List<String> student = new CopyOnWriteArrayList<>();
        List<String> forged = new CopyOnWriteArrayList<>();
        List<Throwable> refusals = new CopyOnWriteArrayList<>();
        var admins = queries.subscriptionQuery(sentBy(otherInstance, as(Role.ADMIN), subscription()));
        var students = queries.subscriptionQuery(sentBy(otherInstance, as(Role.SISWA), subscription()));
        var unsigned = queries.subscriptionQuery(subscription().andMetaData(Caller.system().toMetaData()));
        collect(admins, admin, refusals);
        collect(students, student, refusals);
        collect(unsigned, forged, refusals);

        emitter.emit(ForAdmins.class, query -> true, "update");

        assertThat(admin).containsExactly("update");
        assertThat(student).isEmpty();
        assertThat(forged).isEmpty();
        assertThat(refusals).hasSize(2).allSatisfy(refusal -> assertThat(ErrorCodes.of(refusal))
                .contains(ErrorCode.ACCESS_DENIED.name()));
        assertRefused(students.initialResult().block());
        assertThat(admins.initialResult().block().getPayload()).isEqualTo("answer");
    }

    @Test
    void withoutTheGuardARefusedSubscriberWouldStillReceiveUpdates() {
        // why the emitter is guarded: the query bus registers a subscription's updates before, and whatever
        // becomes of, its first answer
        SimpleQueryUpdateEmitter plain = SimpleQueryUpdateEmitter.builder().build();
        SimpleQueryBus unguarded = SimpleQueryBus.builder().queryUpdateEmitter(plain).build();
        security.handlerSide(SimpleCommandBus.builder().build(), unguarded);
        unguarded.subscribe(ForAdmins.class.getName(), String.class,
                (MessageHandler<QueryMessage<?, String>>) message -> "answer");
        List<String> student = new CopyOnWriteArrayList<>();
        var students = unguarded.subscriptionQuery(sentBy(otherInstance, as(Role.SISWA), subscription()));
        collect(students, student, new CopyOnWriteArrayList<>());

        plain.emit(ForAdmins.class, query -> true, "update");

        assertRefused(students.initialResult().block());
        assertThat(student).containsExactly("update");
    }

    private static void collect(SubscriptionQueryResult<QueryResponseMessage<String>,
            SubscriptionQueryUpdateMessage<String>> result, List<String> into, List<Throwable> refusals) {
        result.updates().subscribe(update -> into.add(update.getPayload()), refusals::add);
    }
}
