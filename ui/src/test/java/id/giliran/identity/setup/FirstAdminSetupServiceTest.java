package id.giliran.identity.setup;

import id.giliran.identity.security.Callers;

import id.giliran.GiliranSpringTest;
import id.giliran.api.common.ErrorCode;
import id.giliran.api.identity.AccountStanding;
import id.giliran.api.identity.FindAccountStandingQuery;
import id.giliran.api.identity.Role;
import id.giliran.identity.ui.AccountService;
import id.giliran.ui.ErrorText;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The one-time first-admin setup on the shared context's gateways, with a setup of its own per test
 * (its own setup id, and "no admin yet"): the shared context runs in demo mode, so its own setup is closed.
 */
@GiliranSpringTest
class FirstAdminSetupServiceTest {

    static final String PASSWORD = "Kepala#2026";

    @Autowired
    AccountService accounts;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FirstAdminSetupService installed;

    @TempDir
    Path dataDir;

    private SetupCode code;

    private FirstAdminSetupService freshSetup() {
        code = new SetupCode(dataDir.resolve("setup-code.txt").toString());
        return new FirstAdminSetupService(accounts, commands, code, true, "setup-" + UUID.randomUUID(), () -> false,
                "http://localhost:8080/pengaturan-awal");
    }

    private static String someone(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@puskesmas.id";
    }

    private Optional<AccountStanding> standing(String username) {
        return Callers.asSystem(() -> queries.query(new FindAccountStandingQuery(username),
                ResponseTypes.optionalInstanceOf(AccountStanding.class)).join());
    }

    private boolean hasPassword(String username) {
        return mongo.exists(Query.query(where("_id").is(username)), "credentials");
    }

    @Test
    void theInstalledSetupIsClosedWhileAnAdminExists() {
        assertThat(FirstAdminSetupService.anyAdmin(queries)).as("the demo admin").isTrue();
        assertThat(installed.isOpen()).isFalse();
        assertThatThrownBy(() -> installed.complete("x", "Kepala", someone("kepala"), PASSWORD, PASSWORD))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.SETUP_ALREADY_DONE));
    }

    @Test
    void browsersRacingForTheSetupOpenExactlyOneAdmin() throws Exception {
        FirstAdminSetupService setup = freshSetup();
        List<String> usernames = List.of(someone("a"), someone("b"), someone("c"), someone("d"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService browsers = Executors.newFixedThreadPool(usernames.size());
        try {
            List<Future<ErrorCode>> outcomes = new ArrayList<>();
            for (String username : usernames) {
                outcomes.add(browsers.submit(() -> {
                    start.await();
                    try {
                        setup.complete(code.grouped(), "Kepala", username, PASSWORD, PASSWORD);
                        return null;
                    } catch (RuntimeException refused) {
                        return ErrorText.codeOf(refused).orElseThrow(() -> refused);
                    }
                }));
            }
            start.countDown();
            List<ErrorCode> codes = new ArrayList<>();
            for (Future<ErrorCode> outcome : outcomes) {
                codes.add(outcome.get(60, TimeUnit.SECONDS));
            }

            assertThat(codes).filteredOn(java.util.Objects::isNull).hasSize(1);
            assertThat(codes).filteredOn(java.util.Objects::nonNull).containsOnly(ErrorCode.SETUP_ALREADY_DONE);
            String winner = usernames.get(codes.indexOf(null));
            assertThat(standing(winner)).hasValueSatisfying(admin -> assertThat(admin.roles()).containsExactly(Role.ADMIN));
            for (String loser : usernames) {
                if (!loser.equals(winner)) {
                    assertThat(standing(loser)).isEmpty();
                    assertThat(hasPassword(loser)).isFalse();
                }
            }
        } finally {
            browsers.shutdownNow();
        }
    }

    @Test
    void aWrongCodeIsRefusedAndNothingIsStored() {
        FirstAdminSetupService setup = freshSetup();
        String username = someone("kepala");

        assertThatThrownBy(() -> setup.complete("AAAA-BBBB-CCCC-DDDD", "Kepala", username, PASSWORD, PASSWORD))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.SETUP_CODE_INVALID));
        assertThat(standing(username)).isEmpty();
        assertThat(hasPassword(username)).isFalse();
    }

    @Test
    void aRefusedAdminReleasesTheSetupForTheNextTry() {
        FirstAdminSetupService setup = freshSetup();
        String typed = code.grouped().toLowerCase().replace("-", " ");

        assertThatThrownBy(() -> setup.complete(typed, "Kepala", "loket@giliran.id", PASSWORD, PASSWORD))
                .satisfies(refused -> assertThat(ErrorText.codeOf(refused)).contains(ErrorCode.USERNAME_TAKEN));
        String username = someone("kepala");
        setup.complete(typed, "Kepala", username, PASSWORD, PASSWORD);

        assertThat(standing(username)).hasValueSatisfying(admin -> assertThat(admin.roles()).contains(Role.ADMIN));
        assertThat(hasPassword(username)).isTrue();
    }

    @Test
    void theCodeIsWrittenOwnerOnlyAndItsFileGoesOnceTheSetupIsDone() throws Exception {
        FirstAdminSetupService setup = freshSetup();
        setup.announce();
        Path file = dataDir.resolve("setup-code.txt");

        assertThat(Files.readString(file).strip()).isEqualTo(code.grouped());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        setup.complete(code.grouped(), "Kepala", someone("kepala"), PASSWORD, PASSWORD);
        assertThat(file).doesNotExist();
    }
}
