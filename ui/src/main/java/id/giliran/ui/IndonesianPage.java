package id.giliran.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every page is Indonesian: {@code <html lang="id">} (screen readers and the browser's speech use
 * it) and the UI locale, whatever language the browser asks for.
 */
@Component
class IndonesianPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().child(0).attr("lang", "id"));
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Formats.INDONESIAN));
    }
}
