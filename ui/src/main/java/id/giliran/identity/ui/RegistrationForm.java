package id.giliran.identity.ui;

import id.giliran.api.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a student or patient fills in to open their own account. */
public class RegistrationForm {

    @NotBlank(message = "{registration.name.required}")
    @Size(max = 100, message = "{registration.name.too-long}")
    private String displayName = "";

    @NotBlank(message = "{registration.username.required}")
    private String username = "";

    @NotBlank(message = "{registration.password.required}")
    private String password = "";

    @NotBlank(message = "{registration.password.required}")
    private String passwordAgain = "";

    @NotNull(message = "{registration.role.required}")
    private Role role;

    /** Only for a student: the invitation code of their school or class. */
    private String invitationCode = "";

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public void setInvitationCode(String invitationCode) {
        this.invitationCode = invitationCode;
    }
}
