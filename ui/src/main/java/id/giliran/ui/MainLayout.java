package id.giliran.ui;


import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.List;

/**
 * The staff layout: a side navigation built from the {@code @Menu} entries the signed-in user may
 * open (Vaadin filters them by each view's access annotations), who is signed in, and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, List<HeaderItem> headerItems) {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("giliran-app-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), title);
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.setWidthFull();
        authentication.getPrincipalName().ifPresent(name -> {
            Span user = new Span(name);
            user.setId("signed-in-user");
            Button logout = new Button(getTranslation("logout"), click -> authentication.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout account = new HorizontalLayout();
            headerItems.forEach(item -> account.add(item.create()));
            account.add(user, logout);
            account.setAlignItems(HorizontalLayout.Alignment.CENTER);
            account.getStyle().set("margin-left", "auto").set("margin-right", "var(--lumo-space-m)");
            navbar.add(account);
        });
        addToNavbar(navbar);

        SideNav navigation = new SideNav();
        navigation.setId("main-navigation");
        // for the roles whose start page is the dashboard, "Dasbor" is their "Beranda"
        boolean startsOnDashboard = authentication.hasAnyRole("ADMIN", "PETUGAS_LOKET");
        MenuConfiguration.getMenuEntries().stream()
                         .filter(entry -> !(startsOnDashboard && (entry.path().isEmpty() || entry.path().equals("/"))))
                         .forEach(entry -> navigation.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(navigation);
    }
}
