package id.giliran.operations.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.giliran.api.operations.EventProcessorView;
import id.giliran.identity.security.Callers;
import id.giliran.ui.ErrorText;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * "Proyeksi": every event processor with its read model, state, position and lag behind the head of
 * the event stream, parked events and error. ADMIN rebuilds one ("Bangun ulang", confirmed) and
 * follows it on a live progress bar (pushed every second); AUDITOR watches and changes nothing.
 */
@Route("admin/proyeksi")
@Menu(title = "menu.projections", order = 21)
@RolesAllowed({"ADMIN", "AUDITOR"})
public class ProjectionsView extends VerticalLayout implements HasDynamicTitle {

    static final Duration TICK = Duration.ofSeconds(1);

    private final OperationsService operations;
    private final boolean admin;
    private final RebuildProgress progress;
    final Grid<EventProcessorView> processors = new Grid<>();
    private ScheduledFuture<?> ticking;

    public ProjectionsView(OperationsService operations, AuthenticationContext authentication, Clock clock) {
        this.operations = operations;
        this.admin = authentication.hasRole("ADMIN");
        this.progress = new RebuildProgress(clock);
        processors.setId("projections");
        processors.addColumn(EventProcessorView::processingGroup).setHeader(getTranslation("operations.column.group"))
                  .setAutoWidth(true);
        processors.addColumn(view -> getTranslation("operations.state." + view.state().name()))
                  .setHeader(getTranslation("operations.column.state")).setAutoWidth(true);
        processors.addColumn(view -> view.position() + " / " + view.head())
                  .setHeader(getTranslation("operations.column.position")).setAutoWidth(true);
        processors.addColumn(EventProcessorView::lag).setHeader(getTranslation("operations.column.lag"))
                  .setAutoWidth(true);
        processors.addColumn(EventProcessorView::deadLetters)
                  .setHeader(getTranslation("operations.column.dead-letters")).setAutoWidth(true);
        processors.addColumn(view -> view.error() == null ? "" : view.error())
                  .setHeader(getTranslation("operations.column.error")).setFlexGrow(1);
        if (admin) {
            processors.addComponentColumn(this::rebuildButton).setAutoWidth(true);
        }
        processors.setSizeFull();
        add(new H2(getTranslation("operations.projections.title")), progress, processors);
        setSizeFull();
        refresh();
    }

    private Button rebuildButton(EventProcessorView view) {
        Button rebuild = new Button(getTranslation("operations.rebuild"), click -> confirm(view.processingGroup()));
        rebuild.setId("rebuild-" + view.processingGroup());
        rebuild.setEnabled(view.state() != id.giliran.api.operations.ProcessorState.REPLAYING);
        return rebuild;
    }

    void confirm(String group) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("rebuild-confirm");
        dialog.setHeader(getTranslation("operations.rebuild.confirm.title", group));
        dialog.setText(getTranslation("operations.rebuild.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("operations.cancel"));
        dialog.setConfirmText(getTranslation("operations.rebuild"));
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.addConfirmListener(event -> rebuild(group));
        dialog.open();
    }

    void rebuild(String group) {
        try {
            operations.rebuild(group);
            progress.follow(group);
            Notification.show(getTranslation("operations.rebuild.started", group), 4000, Notification.Position.MIDDLE);
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
        refresh();
    }

    void refresh() {
        List<EventProcessorView> views = operations.processors();
        processors.setItems(views);
        progress.update(views);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        ticking = operations.every(TICK, () -> ui.access(() -> Callers.runAs(viewer, this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    String progressText() {
        return progress.label.getText();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operations.projections.title");
    }

    /** The rebuild being followed: position of head, events per second, time left. */
    static class RebuildProgress extends VerticalLayout {

        private final Clock clock;
        private final ProgressBar bar = new ProgressBar(0, 1);
        final Span label = new Span();
        private String group;
        private long lastPosition = -1;
        private long lastMillis;
        private double rate;

        RebuildProgress(Clock clock) {
            this.clock = clock;
            setId("rebuild-progress");
            setPadding(false);
            label.setId("rebuild-progress-label");
            add(label, bar);
            setVisible(false);
        }

        void follow(String processingGroup) {
            group = processingGroup;
            lastPosition = -1;
            rate = 0;
            setVisible(true);
        }

        void update(List<EventProcessorView> views) {
            if (group == null) {
                views.stream().filter(view -> view.replayUntil() >= 0).findFirst()
                     .ifPresent(view -> follow(view.processingGroup()));
            }
            if (group == null) {
                return;
            }
            views.stream().filter(view -> view.processingGroup().equals(group)).findFirst().ifPresent(this::show);
        }

        private void show(EventProcessorView view) {
            long now = clock.millis();
            if (lastPosition >= 0 && now > lastMillis) {
                rate = (view.position() - lastPosition) * 1000.0 / (now - lastMillis);
            }
            lastPosition = view.position();
            lastMillis = now;
            if (view.replayUntil() < 0) {
                bar.setValue(1);
                label.setText(getTranslation("operations.rebuild.done", group, view.position(), view.head()));
                group = null;
                return;
            }
            long end = Math.max(1, view.replayUntil());
            bar.setValue(Math.min(1, (double) view.position() / end));
            String left = rate > 0 ? String.valueOf(Math.round((end - view.position()) / rate)) : "?";
            label.setText(getTranslation("operations.rebuild.progress", group, view.position(), end,
                    Math.round(rate), left));
        }
    }
}
