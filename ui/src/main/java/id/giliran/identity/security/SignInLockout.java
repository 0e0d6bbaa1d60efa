package id.giliran.identity.security;

import id.giliran.api.identity.Usernames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per account and clears the count on success (see {@link CredentialStore}). */
@Component
class SignInLockout {

    private final CredentialStore credentials;
    private final ApplicationEventPublisher events;

    SignInLockout(CredentialStore credentials, ApplicationEventPublisher events) {
        this.credentials = credentials;
        this.events = events;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent failure) {
        Usernames.normalise(failure.getAuthentication().getName())
                 .filter(credentials::recordFailure)
                 .ifPresent(locked -> events.publishEvent(
                         new AccountLocked(locked, SignInAddress.of(failure.getAuthentication()))));
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        credentials.recordSuccess(success.getAuthentication().getName());
    }
}
