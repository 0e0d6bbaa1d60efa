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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.List;
import java.util.Map;

/** Sign-in with e-mail address or phone number and password; says why a sign-in was refused. */
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
        form.setI18n(i18n("login.error.title", "login.error.message"));
        Anchor register = new Anchor("daftar", getTranslation("login.register"));
        register.setId("login-register");
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), form, register);
    }

    private LoginI18n i18n(String errorTitleKey, String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitleKey));
        i18n.getErrorMessage().setMessage(getTranslation(errorMessageKey));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            form.setI18n(i18n("login.locked.title", "login.locked.message"));
            form.setError(true);
        } else if (parameters.containsKey("disabled")) {
            form.setI18n(i18n("login.disabled.title", "login.disabled.message"));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
