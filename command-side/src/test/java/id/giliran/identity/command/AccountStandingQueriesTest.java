package id.giliran.identity.command;

import id.giliran.api.identity.AccountStanding;
import id.giliran.api.identity.FindAccountStandingQuery;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserDeactivatedEvent;
import id.giliran.api.identity.UserRegisteredEvent;
import id.giliran.api.identity.UserRolesAssignedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in's answer comes from the account's own events, through the aggregate. */
class AccountStandingQueriesTest {

    static final String SITI = "siti@sekolah.id";

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final AccountStandingQueries queries = new AccountStandingQueries(
            EventSourcingRepository.builder(UserAccount.class).eventStore(eventStore).build());

    @AfterEach
    void close() {
        eventStore.shutDown();
    }

    @Test
    void canTellTheRolesAndActivityTheEventsSay() throws Exception {
        append(0, new UserRegisteredEvent(SITI, "Siti", Set.of(Role.SISWA), true, Instant.parse("2026-11-22T02:00:00Z")));
        assertThat(queries.handle(new FindAccountStandingQuery(SITI)))
                .contains(new AccountStanding(SITI, Set.of(Role.SISWA), true));

        append(1, new UserRolesAssignedEvent(SITI, Set.of(Role.PETUGAS_LOKET, Role.AUDITOR)));
        append(2, new UserDeactivatedEvent(SITI));

        assertThat(queries.handle(new FindAccountStandingQuery(SITI)))
                .contains(new AccountStanding(SITI, Set.of(Role.PETUGAS_LOKET, Role.AUDITOR), false));
    }

    @Test
    void cannotFindAnAccountThatWasNeverRegistered() throws Exception {
        assertThat(queries.handle(new FindAccountStandingQuery("nobody@giliran.id"))).isEmpty();
        assertThat(queries.handle(new FindAccountStandingQuery(" "))).isEmpty();
    }

    private void append(long sequence, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("UserAccount", SITI, sequence, event));
    }
}
