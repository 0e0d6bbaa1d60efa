package id.giliran.api.identity;

import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.SubjectKind;

import java.time.Instant;
import java.util.Set;

/** An account was opened, by the person themselves or by an admin. */
public record UserRegisteredEvent(
        @DataSubject(SubjectKind.ACCOUNT) String username,
        @PersonalData String displayName,
        Set<Role> roles,
        boolean selfRegistered,
        Instant registeredAt) {
}
