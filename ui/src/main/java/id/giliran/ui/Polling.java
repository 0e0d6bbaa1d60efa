package id.giliran.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/** Refreshes a view from the read model on a fixed interval for as long as it is on screen. */
public final class Polling {

    private Polling() {
    }

    public static void whileAttached(Component view, int intervalMillis, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.setPollInterval(intervalMillis);
            Registration poll = ui.addPollListener(event -> refresh.run());
            view.addDetachListener(detach -> {
                poll.remove();
                ui.setPollInterval(-1);
                detach.unregisterListener();
            });
        });
    }
}
