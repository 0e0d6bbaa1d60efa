package id.giliran.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/** The page every view lives in: Indonesian, Lumo, the Giliran style sheet, server push for live staff views. */
@Push
@Meta(name = "application-name", content = "Giliran")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/giliran.css");
        settings.setPageTitle("Giliran");
    }
}
