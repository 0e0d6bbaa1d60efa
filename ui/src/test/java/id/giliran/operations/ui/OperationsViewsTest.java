package id.giliran.operations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import id.giliran.api.identity.Role;
import id.giliran.api.operations.DeadLetterView;
import id.giliran.api.operations.ProcessorState;
import id.giliran.operations.PoisonProjection;
import id.giliran.report.ui.LiveDashboardView;
import id.giliran.ui.KaribuTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "Proyeksi" and "Dead letter": ADMIN acts, AUDITOR sees and has no button that changes anything. */
class OperationsViewsTest extends KaribuTest {

    @Test
    void theAdminRebuildsAProjectionAfterConfirmingAndFollowsItsProgress() {
        signIn("admin@giliran.id", Role.ADMIN);
        UI.getCurrent().navigate(ProjectionsView.class);
        ProjectionsView view = (ProjectionsView) UI.getCurrent().getCurrentView();
        assertThat(_size(view.processors)).isGreaterThanOrEqualTo(10);
        assertThat(view.processors.getColumns()).hasSize(7);

        view.confirm("master-data");
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("rebuild-confirm"));
        _fireConfirm(dialog);

        assertThat(_get(ProjectionsView.RebuildProgress.class, spec -> spec.withId("rebuild-progress")).isVisible())
                .isTrue();
        OperationsService operations = context.getBean(OperationsService.class);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            var processor = operations.processor("master-data").orElseThrow();
            return processor.state() == ProcessorState.RUNNING && processor.replayUntil() < 0;
        });
        view.refresh();
        assertThat(view.progressText()).contains("master-data");
    }

    @Test
    void theAuditorSeesTheProcessorsAndCannotRebuild() {
        signIn("auditor@giliran.id", Role.AUDITOR);
        UI.getCurrent().navigate(ProjectionsView.class);
        ProjectionsView view = (ProjectionsView) UI.getCurrent().getCurrentView();

        assertThat(_size(view.processors)).isGreaterThanOrEqualTo(10);
        assertThat(view.processors.getColumns()).as("no rebuild column").hasSize(6);
        assertThat(_find(Button.class)).noneMatch(button -> button.getId().orElse("").startsWith("rebuild-"));
    }

    @Test
    void theAdminSeesAParkedEventOnTheDashboardAndEvictsItWithAReason() {
        String aggregate = "view-" + UUID.randomUUID();
        PoisonProjection.FAILURES.put(aggregate + "/0", Integer.MAX_VALUE);
        context.getBean(TransactionManager.class).executeInTransaction(() -> context.getBean(EventStore.class)
                .publish(new GenericDomainEventMessage<>("PoisonTest", aggregate, 0,
                        new PoisonProjection.PoisonTestEvent(aggregate, aggregate + "/0"))));
        signIn("admin@giliran.id", Role.ADMIN);
        OperationsService operations = context.getBean(OperationsService.class);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> operations.deadLetters(PoisonProjection.GROUP).stream()
                .anyMatch(letter -> letter.sequenceId().equals(aggregate)));

        UI.getCurrent().navigate(LiveDashboardView.class);
        assertThat(_get(DeadLetterWarning.class).isVisible()).isTrue();

        UI.getCurrent().navigate(DeadLettersView.class);
        DeadLettersView view = (DeadLettersView) UI.getCurrent().getCurrentView();
        view.reload(PoisonProjection.GROUP);
        assertThat(view.retryAll.isVisible()).isTrue();
        DeadLetterView letter = view.letters.getGenericDataView().getItems()
                .filter(item -> item.sequenceId().equals(aggregate)).findFirst().orElseThrow();
        assertThat(letter.eventType()).isEqualTo("PoisonTestEvent");

        view.askReason(letter);
        _click(_get(Button.class, spec -> spec.withId("dead-letter-evict-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("dead-letter-reason"));
        assertThat(reason.isInvalid()).as("a reason is required").isTrue();
        reason.setValue("Data uji");
        _click(_get(Button.class, spec -> spec.withId("dead-letter-evict-confirm")));

        assertThat(operations.deadLetters(PoisonProjection.GROUP)).extracting(DeadLetterView::sequenceId)
                                                                   .doesNotContain(aggregate);
    }

    @Test
    void theAuditorReadsDeadLettersWithoutActionsAndTheFrontDeskHasNoWarning() {
        signIn("auditor@giliran.id", Role.AUDITOR);
        UI.getCurrent().navigate(DeadLettersView.class);
        DeadLettersView view = (DeadLettersView) UI.getCurrent().getCurrentView();
        assertThat(view.retryAll.isVisible()).isFalse();
        assertThat(view.letters.getColumns()).as("no action column").hasSize(7);

        signIn("loket@giliran.id", Role.PETUGAS_LOKET);
        UI.getCurrent().navigate(LiveDashboardView.class);
        assertThat(_find(DeadLetterWarning.class)).isEmpty();
    }
}
