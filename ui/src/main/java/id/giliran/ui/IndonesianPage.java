package id.giliran.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page is Indonesian: {@code <html lang="id">} (screen readers and the browser's speech use
 * it) and the UI locale, whatever language the browser asks for. A failure no view handled is
 * logged and shown as a short Indonesian notification instead of a stack trace.
 */
@Component
class IndonesianPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().child(0).attr("lang", "id"));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Formats.INDONESIAN));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            if (ui == null) {
                return;
            }
            String message = ErrorText.of(ui, error.getThrowable());
            ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }));
    }
}
