package id.giliran.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page every view lives in: Indonesian, Lumo, the Giliran style sheet. */
@Theme(themeClass = Lumo.class)
@Meta(name = "application-name", content = "Giliran")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("stylesheet", "styles/giliran.css");
        settings.setPageTitle("Giliran");
    }
}
