package id.giliran.identity.security;

import java.time.Duration;

/**
 * Spring application event: a sign-in attempt was refused by the {@link SignInThrottle} before its
 * password was checked (for the audit trail: why an officer could not sign in).
 */
public record SignInThrottled(String username, String clientAddress, SignInThrottle.Brake brake, Duration retryAfter) {
}
