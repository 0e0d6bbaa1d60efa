package id.giliran.operations;

import id.giliran.GiliranSpringTest;
import id.giliran.api.identity.Role;
import id.giliran.api.operations.DeadLetterView;
import id.giliran.operations.ui.OperationsService;
import id.giliran.ui.ErrorText;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static id.giliran.operations.PoisonProjection.FAILURES;
import static id.giliran.operations.PoisonProjection.GROUP;
import static id.giliran.operations.PoisonProjection.HANDLED;
import static id.giliran.operations.PoisonProjection.TRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Retries in place before parking, and parking in order per aggregate, on the real processors of the
 * whole application (Mongo dead-letter queue), with a test-only processing group.
 */
@GiliranSpringTest
class DeadLetteringTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    EventStore eventStore;
    @Autowired
    OperationsService operations;
    @Autowired
    TransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEventThatFailsTwiceThenSucceedsIsNotParked() {
        String aggregate = "hiccup-" + UUID.randomUUID();
        String label = aggregate + "/0";
        FAILURES.put(label, 2);

        publish(aggregate, 0, label);

        await().pollInSameThread().atMost(WAIT).until(() -> HANDLED.contains(label));
        assertThat(TRIES.get(label)).isEqualTo(3);
        signIn(Role.AUDITOR);
        assertThat(operations.deadLetters(GROUP)).extracting(DeadLetterView::sequenceId).doesNotContain(aggregate);
    }

    @Test
    void aPoisonEventIsParkedBlocksOnlyItsOwnAggregateAndDrainsAfterTheFix() {
        String poisoned = "poison-" + UUID.randomUUID();
        String healthy = "healthy-" + UUID.randomUUID();
        FAILURES.put(poisoned + "/0", Integer.MAX_VALUE);

        publish(poisoned, 0, poisoned + "/0");
        publish(poisoned, 1, poisoned + "/1");
        publish(healthy, 0, healthy + "/0");

        signIn(Role.AUDITOR);
        await().pollInSameThread().atMost(WAIT).until(() -> HANDLED.contains(healthy + "/0")
                && operations.deadLetters(GROUP).stream().filter(l -> l.sequenceId().equals(poisoned)).count() == 2);
        assertThat(HANDLED).doesNotContain(poisoned + "/0", poisoned + "/1");
        assertThat(TRIES.get(poisoned + "/0")).as("tried in place before parking").isEqualTo(4);
        List<DeadLetterView> parked = operations.deadLetters(GROUP).stream()
                .filter(letter -> letter.sequenceId().equals(poisoned)).toList();
        assertThat(parked).extracting(DeadLetterView::index).containsExactly(0, 1);
        assertThat(parked.get(0).eventType()).isEqualTo("PoisonTestEvent");
        assertThat(parked.get(0).aggregateId()).isEqualTo(poisoned);
        assertThat(parked.get(0).error()).contains("IllegalStateException", "simulated failure");
        assertThat(parked.get(0).attempts()).isEqualTo(1);
        assertThat(parked.get(0).firstFailure()).isNotNull();
        assertThat(operations.processor(GROUP).orElseThrow().deadLetters()).isGreaterThanOrEqualTo(2);

        // the auditor sees, and may not act
        assertThatThrownBy(() -> operations.retry(GROUP, poisoned))
                .satisfies(refusal -> assertThat(ErrorText.codeOf(refusal)).hasValueSatisfying(
                        code -> assertThat(code.name()).isEqualTo("ACCESS_DENIED")));

        // still broken: "coba lagi" leaves it parked, one attempt more
        signIn(Role.ADMIN);
        assertThat(operations.retry(GROUP, poisoned)).isZero();
        assertThat(operations.deadLetters(GROUP).stream().filter(l -> l.sequenceId().equals(poisoned)))
                .first().extracting(DeadLetterView::attempts).isEqualTo(2);

        // fixed: "coba lagi" drains the sequence, in order
        FAILURES.remove(poisoned + "/0");
        assertThat(operations.retry(GROUP, poisoned)).isEqualTo(1);
        assertThat(HANDLED).containsSubsequence(poisoned + "/0", poisoned + "/1");
        assertThat(operations.deadLetters(GROUP)).extracting(DeadLetterView::sequenceId).doesNotContain(poisoned);
    }

    @Test
    void evictingNeedsAReasonAndRemovesTheSequence() {
        String poisoned = "evict-" + UUID.randomUUID();
        FAILURES.put(poisoned + "/0", Integer.MAX_VALUE);
        publish(poisoned, 0, poisoned + "/0");
        signIn(Role.ADMIN);
        await().pollInSameThread().atMost(WAIT).until(() -> operations.deadLetters(GROUP).stream()
                                                   .anyMatch(l -> l.sequenceId().equals(poisoned)));

        assertThatThrownBy(() -> operations.evict(GROUP, poisoned, "  "))
                .satisfies(refusal -> assertThat(ErrorText.codeOf(refusal)).hasValueSatisfying(
                        code -> assertThat(code.name()).isEqualTo("DEAD_LETTER_REASON_REQUIRED")));
        assertThat(operations.evict(GROUP, poisoned, "data uji, tidak diperlukan")).isEqualTo(1);
        assertThat(operations.deadLetters(GROUP)).extracting(DeadLetterView::sequenceId).doesNotContain(poisoned);
        assertThat(HANDLED).doesNotContain(poisoned + "/0");
    }

    private void publish(String aggregate, long sequence, String label) {
        transactions.executeInTransaction(() -> eventStore.publish(new GenericDomainEventMessage<>("PoisonTest",
                aggregate, sequence, new PoisonProjection.PoisonTestEvent(aggregate, label))));
    }

    static void signIn(Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.name().toLowerCase() + "@giliran.id", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
