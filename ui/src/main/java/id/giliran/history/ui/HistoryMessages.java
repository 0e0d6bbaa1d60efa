package id.giliran.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** A refusal of the history ({@code HISTORY_…} code) as a sentence in the middle of the screen. */
final class HistoryMessages {

    private HistoryMessages() {
    }

    static void show(Component component, String code) {
        Notification.show(component.getTranslation("error." + code), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
