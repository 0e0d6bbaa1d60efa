package id.giliran.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.giliran.api.identity.Role;
import id.giliran.identity.security.Callers;
import id.giliran.identity.security.PasswordPolicy;
import id.giliran.api.identity.Usernames;
import id.giliran.ui.ErrorText;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A student (with an invitation code of their school or class, unless student self-registration is
 * off) or a patient opens their own account; staff accounts are opened by an admin.
 */
@Route(value = "daftar", autoLayout = false)
@AnonymousAllowed
public class RegisterView extends VerticalLayout implements HasDynamicTitle {

    private final SelfRegistrationService registration;
    private final BeanValidationBinder<RegistrationForm> binder = new BeanValidationBinder<>(RegistrationForm.class);
    private final RegistrationForm form = new RegistrationForm();

    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    final TextField invitationCode = new TextField();
    final Button submit = new Button();

    public RegisterView(SelfRegistrationService registration) {
        this.registration = registration;
        addClassName("giliran-register");
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");

        displayName.setId("register-name");
        displayName.setLabel(getTranslation("register.name"));
        username.setId("register-username");
        username.setLabel(getTranslation("register.username"));
        username.setHelperText(getTranslation("register.username.hint"));
        password.setId("register-password");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.hint"));
        passwordAgain.setId("register-password-again");
        passwordAgain.setLabel(getTranslation("register.password-again"));
        role.setId("register-role");
        role.setLabel(getTranslation("register.role"));
        if (registration.studentsMayRegister()) {
            role.setItems(Role.SISWA, Role.PASIEN);
        } else {
            role.setItems(Role.PASIEN);
            role.setHelperText(getTranslation("register.students-off"));
        }
        invitationCode.setId("register-invitation");
        invitationCode.setLabel(getTranslation("register.invitation"));
        invitationCode.setHelperText(getTranslation("register.invitation.hint"));
        invitationCode.setWidthFull();
        invitationCode.setVisible(false);
        role.addValueChangeListener(change -> invitationCode.setVisible(change.getValue() == Role.SISWA));
        role.setItemLabelGenerator(choice -> getTranslation("role." + choice.name()));
        for (var field : List.of(displayName, username, password, passwordAgain)) {
            field.setWidthFull();
        }

        binder.forField(displayName).bind("displayName");
        binder.forField(username)
              .withValidator(input -> input.isBlank() || Usernames.normalise(input).isPresent(),
                      getTranslation("error.USERNAME_INVALID"))
              .bind("username");
        binder.forField(password)
              .withValidator((input, context) -> {
                  List<String> missing = PasswordPolicy.violations(input);
                  return missing.isEmpty() ? ValidationResult.ok() : ValidationResult.error(
                          missing.stream().map(this::getTranslation).collect(Collectors.joining(" ")));
              })
              .bind("password");
        binder.forField(passwordAgain)
              .withValidator(again -> again.equals(password.getValue()), getTranslation("error.PASSWORD_MISMATCH"))
              .bind("passwordAgain");
        binder.forField(role).bind("role");
        binder.forField(invitationCode)
              .withValidator((input, context) -> role.getValue() != Role.SISWA || !input.isBlank()
                      ? ValidationResult.ok() : ValidationResult.error(getTranslation("register.invitation.required")))
              .bind("invitationCode");
        binder.setBean(form);

        submit.setText(getTranslation("register.submit"));
        submit.setId("register-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> register());

        Anchor login = new Anchor("login", getTranslation("register.to-login"));
        add(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")),
                displayName, username, password, passwordAgain, role, invitationCode, submit, login);
    }

    void register() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            registration.register(form.getDisplayName(), form.getUsername(), form.getPassword(),
                    form.getPasswordAgain(), form.getRole(), form.getInvitationCode(), Callers.current().clientAddress());
            Notification.show(getTranslation("register.done"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
