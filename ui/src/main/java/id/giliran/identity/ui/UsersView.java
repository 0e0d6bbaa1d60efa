package id.giliran.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.giliran.api.identity.Role;
import id.giliran.api.identity.UserView;
import id.giliran.ui.ErrorText;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** ADMIN: the accounts; open one with any roles, change roles, close or reopen, reset a password. */
@Route("admin/pengguna")
@Menu(title = "menu.users", order = 10)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    final Grid<UserView> users = new Grid<>();

    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        users.setId("users-grid");
        users.addColumn(UserView::displayName).setHeader(getTranslation("users.column.name")).setAutoWidth(true);
        users.addColumn(UserView::username).setHeader(getTranslation("users.column.username")).setAutoWidth(true);
        users.addColumn(user -> rolesText(user.roles())).setHeader(getTranslation("users.column.roles"));
        users.addColumn(user -> getTranslation(user.active() ? "users.active" : "users.inactive"))
             .setHeader(getTranslation("users.column.status"));
        users.addComponentColumn(this::actions).setHeader(getTranslation("users.column.actions")).setAutoWidth(true);

        Button add = new Button(getTranslation("users.add"), click -> openAccountDialog());
        add.setId("users-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("users.title")), add, users);
        refresh();
    }

    void refresh() {
        users.setItems(accounts.users());
    }

    private String rolesText(Set<Role> roles) {
        return roles.stream().sorted().map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", "));
    }

    private HorizontalLayout actions(UserView user) {
        Button roles = new Button(getTranslation("users.roles"), click -> openRolesDialog(user));
        Button activity = new Button(getTranslation(user.active() ? "users.deactivate" : "users.reactivate"),
                click -> act(() -> {
                    if (user.active()) {
                        accounts.deactivate(user.username());
                    } else {
                        accounts.reactivate(user.username());
                    }
                }, "users.saved"));
        Button password = new Button(getTranslation("users.reset-password"), click -> openPasswordDialog(user));
        for (Button button : new Button[]{roles, activity, password}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(roles, activity, password);
    }

    void openAccountDialog() {
        Dialog dialog = new Dialog(getTranslation("users.add"));
        TextField name = new TextField(getTranslation("register.name"));
        name.setId("account-name");
        TextField username = new TextField(getTranslation("register.username"));
        username.setId("account-username");
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setId("account-password");
        PasswordField again = new PasswordField(getTranslation("register.password-again"));
        again.setId("account-password-again");
        CheckboxGroup<Role> roles = roleChoice(EnumSet.noneOf(Role.class));
        Button save = new Button(getTranslation("users.save"), click -> {
            if (act(() -> accounts.open(name.getValue(), username.getValue(), password.getValue(), again.getValue(),
                    roles.getValue()), "users.created")) {
                dialog.close();
            }
        });
        save.setId("account-save");
        dialog.add(new VerticalLayout(name, username, password, again, roles));
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openRolesDialog(UserView user) {
        Dialog dialog = new Dialog(getTranslation("users.roles") + " — " + user.displayName());
        CheckboxGroup<Role> roles = roleChoice(user.roles());
        Button save = new Button(getTranslation("users.save"), click -> {
            if (act(() -> accounts.assignRoles(user.username(), roles.getValue()), "users.saved")) {
                dialog.close();
            }
        });
        save.setId("roles-save");
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void openPasswordDialog(UserView user) {
        Dialog dialog = new Dialog(getTranslation("users.reset-password") + " — " + user.displayName());
        PasswordField password = new PasswordField(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.hint"));
        PasswordField again = new PasswordField(getTranslation("register.password-again"));
        Button save = new Button(getTranslation("users.save"), click -> {
            if (act(() -> accounts.resetPassword(user.username(), password.getValue(), again.getValue()),
                    "users.password-reset")) {
                dialog.close();
            }
        });
        dialog.add(new VerticalLayout(password, again));
        dialog.getFooter().add(new Button(getTranslation("users.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private CheckboxGroup<Role> roleChoice(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.column.roles"));
        roles.setId("account-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setValue(selected);
        return roles;
    }

    private boolean act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            return true;
        } catch (RuntimeException failure) {
            ErrorText.show(this, failure);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
