package id.giliran.operations.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import id.giliran.identity.security.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * "Data sedang dibangun ulang…" above a screen whose read model (processing group) is being rebuilt,
 * so nobody takes half a result for the whole; it disappears by itself when the rebuild is done.
 * One line in a view: {@code add(new ReplayNotice("statistics"))}.
 */
public class ReplayNotice extends Div {

    static final Duration CHECK = Duration.ofSeconds(2);

    private final String processingGroup;
    private ScheduledFuture<?> watch;

    public ReplayNotice(String processingGroup) {
        this.processingGroup = processingGroup;
        setId("replay-notice-" + processingGroup);
        addClassName("giliran-replay-notice");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                  .set("border-radius", "var(--lumo-border-radius-m)")
                  .set("background", "var(--lumo-warning-color-10pct, #fff4d6)");
        setText(getTranslation("operations.replay-notice"));
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        OperationsService operations = VaadinService.getCurrent().getInstantiator().getOrCreate(OperationsService.class);
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        check(operations);
        watch = operations.every(CHECK, () -> ui.access(() -> Callers.runAs(viewer, () -> check(operations))));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (watch != null) {
            watch.cancel(false);
            watch = null;
        }
    }

    void check(OperationsService operations) {
        try {
            setVisible(operations.replaying().contains(processingGroup));
        } catch (RuntimeException unavailable) {
            setVisible(false);
        }
    }
}
