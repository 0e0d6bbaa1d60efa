package id.giliran.operations.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;

/** ADMIN's dashboard: a warning with a link to "Dead letter" when any event is parked; nothing otherwise. */
public class DeadLetterWarning extends Div {

    public DeadLetterWarning() {
        setId("dead-letter-warning");
        addClassName("giliran-dead-letter-warning");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                  .set("border-radius", "var(--lumo-border-radius-m)")
                  .set("background", "var(--lumo-error-color-10pct)")
                  .set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        long count;
        try {
            count = VaadinService.getCurrent().getInstantiator().getOrCreate(OperationsService.class).deadLetterCount();
        } catch (RuntimeException unavailable) {
            count = 0;
        }
        if (count > 0) {
            add(new Anchor(DeadLettersView.ROUTE, getTranslation("operations.dead-letter.warning", count)));
        }
        setVisible(count > 0);
    }
}
