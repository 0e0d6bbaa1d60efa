package id.giliran.identity.security;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.giliran.GiliranApplication;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.AssignUserRolesCommand;
import id.giliran.api.identity.Caller;
import id.giliran.api.identity.FindUsersQuery;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.infrastructure.ErrorCodes;
import id.giliran.privacy.MasterKeys;
import id.giliran.privacy.SecretsKeyFile;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production path as the {@code axonserver} profile wires it: what Axon Server delivers to this instance is
 * handed to the local segment of its Axon Server buses, where the handler interceptors sit, without passing this
 * instance's dispatch interceptors. A caller written by whoever reached Axon Server is refused there; a caller
 * signed by an instance holding the same GILIRAN_SECRETS_KEY passes. (No Axon Server is reachable here: the
 * messages are put on the local segments directly, as the connector does.)
 */
class AxonServerMessageSecurityIT {

    private static final String SECRETS_KEY = "q2zJ0xq0m3s8fLr3c8vJbq9qk3p6x0Yv7m2n5r8t1wE=";

    private static MongoServer externalMongo;
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() {
        externalMongo = new MongoServer(new MemoryBackend());
        externalMongo.bind("127.0.0.1", 0);
        context = new SpringApplicationBuilder(GiliranApplication.class)
                .profiles("axonserver")
                .run("--server.port=0",
                        "--AXONSERVER_SERVERS=127.0.0.1:18124",
                        "--MONGODB_URI=mongodb://127.0.0.1:" + externalMongo.getLocalAddress().getPort() + "/giliran-prod",
                        "--giliran.seed.master-data=false",
                        "--GILIRAN_ADMIN_USERNAME=kepala@puskesmas.id",
                        "--GILIRAN_ADMIN_PASSWORD=Kepala#2026",
                        "--GILIRAN_SECRETS_KEY=" + SECRETS_KEY,
                        "--giliran.accounts.create=false");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        externalMongo.shutdownNow();
    }

    /** What another instance with the same master key sends for {@code caller}. */
    private static <M extends org.axonframework.messaging.Message<?>> M signedByAnotherInstance(Caller caller, M message) {
        MasterKeys sameKey = new MasterKeys(SecretsKeyFile.decode(SECRETS_KEY, "test"), List.of());
        return new CallerSignature(sameKey).stamp(message, caller);
    }

    private static CommandResultMessage<?> delivered(CommandMessage<?> command) {
        CommandBus receiving = ((AxonServerCommandBus) context.getBean(CommandBus.class)).localSegment();
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        receiving.dispatch(command, callback);
        return callback.getResult();
    }

    private static QueryMessage<FindUsersQuery, List<UserView>> users() {
        return new GenericQueryMessage<>(new FindUsersQuery(), ResponseTypes.multipleInstancesOf(UserView.class));
    }

    private static QueryResponseMessage<?> delivered(QueryMessage<?, ?> query) {
        QueryBus receiving = ((AxonServerQueryBus) context.getBean(QueryBus.class)).localSegment();
        return receiving.query(query).join();
    }

    private static void assertRefused(CommandResultMessage<?> result) {
        assertThat(result.isExceptional()).isTrue();
        assertThat(ErrorCodes.of(result.exceptionResult())).contains(ErrorCode.ACCESS_DENIED.name());
        assertThat(result.exceptionResult().getMessage()).doesNotContain("intruder");
    }

    @Test
    void aForgedCallerIsRefusedWhereAxonServerDeliversIt() {
        CommandMessage<?> makeMeAdmin = GenericCommandMessage.asCommandMessage(
                new AssignUserRolesCommand("intruder@contoh.id", Set.of(Role.ADMIN)));
        Caller student = new Caller("intruder@contoh.id", Set.of(Role.SISWA), "10.0.0.66");

        assertRefused(delivered(makeMeAdmin.andMetaData(Caller.system().toMetaData())));
        assertRefused(delivered(makeMeAdmin.andMetaData(new Caller("kepala@puskesmas.id", Set.of(Role.ADMIN),
                "10.0.0.1").toMetaData()).andMetaData(MetaData.with(Caller.SIGNATURE, "bm90IGEgc2lnbmF0dXJl"))));
        assertRefused(delivered(signedByAnotherInstance(student, makeMeAdmin)
                .andMetaData(MetaData.with(Caller.ROLES, "ADMIN"))));
        assertRefused(delivered(signedByAnotherInstance(student, makeMeAdmin)));
        QueryResponseMessage<?> allUsers = delivered(users().andMetaData(Caller.system().toMetaData()));
        assertThat(allUsers.isExceptional()).isTrue();
        assertThat(ErrorCodes.of(allUsers.exceptionResult())).contains(ErrorCode.ACCESS_DENIED.name());
    }

    @Test
    void aCallerSignedByAnotherInstanceWithTheSameKeyPasses() {
        Caller admin = new Caller("kepala@puskesmas.id", Set.of(Role.ADMIN), "10.0.0.1");

        assertThat(delivered(signedByAnotherInstance(admin, users())).getPayload()).isInstanceOf(List.class);
        assertThat(delivered(signedByAnotherInstance(Caller.system(), users())).getPayload()).isInstanceOf(List.class);
    }

    @Test
    void everyLiveUpdateGoesThroughTheGuardedEmitter() {
        QueryUpdateEmitter emitter = context.getBean(QueryUpdateEmitter.class);
        AxonServerQueryBus queryBus = (AxonServerQueryBus) context.getBean(QueryBus.class);

        assertThat(emitter.getClass().getEnclosingClass()).isEqualTo(MessageSecurity.class);
        assertThat(queryBus.queryUpdateEmitter()).isSameAs(emitter);
        assertThat(queryBus.localSegment().queryUpdateEmitter()).isSameAs(emitter);
    }
}
