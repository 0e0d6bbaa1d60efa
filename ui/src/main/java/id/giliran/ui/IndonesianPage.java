package id.giliran.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
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

    /**
     * An expired session (after 30 idle minutes, or a server restart) reloads the page without
     * asking, so the TV display and the kiosk come back by themselves; other messages in Indonesian.
     */
    static final CustomizedSystemMessages SYSTEM_MESSAGES = new CustomizedSystemMessages();

    static {
        SYSTEM_MESSAGES.setSessionExpiredNotificationEnabled(false);
        SYSTEM_MESSAGES.setInternalErrorCaption("Terjadi gangguan");
        SYSTEM_MESSAGES.setInternalErrorMessage("Simpan pekerjaan Anda, lalu klik di sini untuk memuat ulang.");
        SYSTEM_MESSAGES.setCookiesDisabledCaption("Cookie dinonaktifkan");
        SYSTEM_MESSAGES.setCookiesDisabledMessage("Aktifkan cookie di peramban, lalu muat ulang halaman.");
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().child(0).attr("lang", "id"));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Formats.INDONESIAN));
        event.getSource().setSystemMessagesProvider(info -> SYSTEM_MESSAGES);
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
