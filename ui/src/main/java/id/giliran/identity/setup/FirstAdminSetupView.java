package id.giliran.identity.setup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.giliran.identity.security.PasswordPolicy;
import id.giliran.identity.ui.LoginView;
import id.giliran.ui.ErrorText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one-time first-admin setup (no demo mode, no admin from the environment): the person who runs
 * the installation enters the setup code from the log and chooses the first admin's username, name
 * and password. Reachable only while no admin exists; afterwards it sends people to the sign-in page.
 */
@Route(value = "pengaturan-awal", autoLayout = false)
@AnonymousAllowed
public class FirstAdminSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstAdminSetupService setup;

    final TextField code = new TextField();
    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Button submit = new Button();

    public FirstAdminSetupView(FirstAdminSetupService setup) {
        this.setup = setup;
        addClassName("giliran-setup");
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");

        code.setId("setup-code");
        code.setLabel(getTranslation("setup.code"));
        code.setHelperText(getTranslation("setup.code.hint"));
        displayName.setId("setup-name");
        displayName.setLabel(getTranslation("register.name"));
        displayName.setMaxLength(100);
        username.setId("setup-username");
        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.hint"));
        password.setId("setup-password");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.hint"));
        passwordAgain.setId("setup-password-again");
        passwordAgain.setLabel(getTranslation("register.password-again"));
        for (var field : List.of(code, displayName, username, password, passwordAgain)) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }

        submit.setId("setup-submit");
        submit.setText(getTranslation("setup.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> complete());

        add(new H2(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
                code, displayName, username, password, passwordAgain, submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.isOpen()) {
            event.forwardTo(LoginView.class);
        }
    }

    void complete() {
        List<String> missing = PasswordPolicy.violations(password.getValue());
        password.setInvalid(!missing.isEmpty());
        password.setErrorMessage(missing.stream().map(this::getTranslation).collect(Collectors.joining(" ")));
        if (!missing.isEmpty()) {
            return;
        }
        try {
            setup.complete(code.getValue(), displayName.getValue(), username.getValue(), password.getValue(),
                    passwordAgain.getValue());
            Notification.show(getTranslation("setup.done"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (RuntimeException refused) {
            ErrorText.show(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
