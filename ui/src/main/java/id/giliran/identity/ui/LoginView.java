package id.giliran.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;


/** Sign-in with e-mail address or phone number and password; one message for every refused sign-in. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("giliran-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        Anchor register = new Anchor("daftar", getTranslation("login.register"));
        register.setId("login-register");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), form, register);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.refused.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.refused.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    /**
     * A signed-in person goes on to the start page, but only when the request itself carries them as
     * Vaadin's navigation access control reads it: if the two ever disagreed, the start page (which needs
     * a signed-in person) would send them back here and the two would forward to each other without end.
     * Every refused sign-in comes back as {@code ?error} and shows the same message, whatever the reason.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated() && signedInRequest()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
        }
    }

    private static boolean signedInRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getUserPrincipal() != null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
