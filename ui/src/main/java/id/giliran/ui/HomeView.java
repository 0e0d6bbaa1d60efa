package id.giliran.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The start page: what each screen is for, with the device screens opened in their own tab. ADMIN
 * and PETUGAS_LOKET are sent on to the dashboard.
 */
@Route("")
@Menu(title = "menu.home", order = 0)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        add(new H2(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));
        add(tile("kiosk", "home.kiosk.title", "home.kiosk.text"));
        // only the screens this person may open
        if (authentication.hasAnyRole("PETUGAS_LOKET", "ADMIN")) {
            add(tile("loket", "home.loket.title", "home.loket.text"));
        }
        if (authentication.hasRole("PASIEN")) {
            add(tile("antrean-online", "home.booking.title", "home.booking.text"));
        }
        if (authentication.hasRole("SISWA")) {
            add(tile("konseling", "home.counseling.title", "home.counseling.text"));
            add(tile("konseling/janji-saya", "home.my-counseling.title", "home.my-counseling.text"));
        }
        if (authentication.hasRole("KONSELOR")) {
            add(tile("konselor/janji", "home.counselor.title", "home.counselor.text"));
        }
        add(tile("display", "home.display.title", "home.display.text"));
    }

    /** Wireframe 8.4: the head of the Puskesmas and the front desk start on the live dashboard. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasAnyRole("ADMIN", "PETUGAS_LOKET")) {
            event.forwardTo("dasbor");
        }
    }

    private Div tile(String path, String titleKey, String textKey) {
        Anchor link = new Anchor(path, getTranslation(titleKey));
        if ("kiosk".equals(path) || "display".equals(path)) {
            link.setTarget("_blank");
        }
        Div tile = new Div(link, new Paragraph(getTranslation(textKey)));
        tile.addClassName("giliran-home-tile");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
