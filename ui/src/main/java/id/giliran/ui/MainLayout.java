package id.giliran.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;

/** The staff layout: a side navigation built from the views' {@code @Menu} entries. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("giliran-app-title");
        addToNavbar(new DrawerToggle(), title);

        SideNav navigation = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry ->
                navigation.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(navigation);
    }
}
