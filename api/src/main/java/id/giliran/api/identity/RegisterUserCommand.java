package id.giliran.api.identity;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Open an account. The username is the person's e-mail address or phone number, normalised by the
 * sender. People register themselves as SISWA or PASIEN only; an ADMIN gives any roles. The password
 * never travels in a message: the credential store keeps its hash.
 */
@Permitted(value = Role.ADMIN, anyone = true)
public record RegisterUserCommand(
        @TargetAggregateIdentifier String username,
        String displayName,
        Set<Role> roles) {
}
