package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.RequestPaths;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Username/password authentication for the login form and HTTP Basic, with the policy's lockout:
 * N consecutive wrong passwords lock the account for M minutes, during which even the right password is refused.
 * Every refusal (unknown user, wrong password, disabled, locked) gets the same message, so the form does not tell
 * them apart; the audit row (from {@link LoginAttempted}) records the real reason. Every attempt is published,
 * also under contention: the failure count is written under a row lock, the last login by a direct update.
 */
@Component
class PlatformAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final SecurityPolicyStore policies;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final LoginAttempts attempts;
    private final String dummyHash;

    PlatformAuthenticationProvider(UserAccountRepository users, SecurityPolicyStore policies, PasswordEncoder encoder,
                                   Clock clock, ApplicationEventPublisher events, Messages messages, LoginAttempts attempts) {
        this.users = users;
        this.policies = policies;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
        this.messages = messages;
        this.attempts = attempts;
        this.dummyHash = encoder.encode("timing-equaliser-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String method = isFormLogin() ? "FORM" : "BASIC";
        SecurityPolicy policy = policies.current();
        Instant now = Instant.now(clock);
        UserAccount user = users.findByUsername(username).orElse(null);
        // the password is checked in every case, so the time taken does not tell the cases apart either
        boolean matches = encoder.matches(password, user == null ? dummyHash : user.passwordHash());
        if (user == null) {
            throw refused(username, method, "UNKNOWN_USER", null, policy);
        }
        if (!user.enabled()) {
            throw refused(username, method, LoginAttempts.DISABLED, user, policy);
        }
        if (user.isLocked(now)) {
            throw refused(username, method, LoginAttempts.LOCKED, user, policy);
        }
        if (!matches) {
            throw refused(username, method, attempts.recordFailure(user.id(), policy, now), user, policy);
        }
        if (!attempts.recordSuccess(user.id(), now)) {
            throw refused(username, method, LoginAttempts.LOCKED, user, policy);
        }
        PlatformUser principal = user.principal();
        publish(username, method, true, "OK", user);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    /** Audits the refusal with its real reason and answers with the one message every refusal gets. */
    private AuthenticationException refused(String username, String method, String reason, UserAccount user,
                                            SecurityPolicy policy) {
        publish(username, method, false, reason, user);
        return new BadCredentialsException(messages.get("login.failed", policy.maxFailedAttempts(), policy.lockMinutes()));
    }

    private static boolean isFormLogin() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                && "/login".equals(RequestPaths.of(a.getRequest()));
    }

    private void publish(String username, String method, boolean ok, String reason, UserAccount user) {
        events.publishEvent(new LoginAttempted(username, method, ok, reason,
                user == null ? null : user.regionCode(),
                user == null ? null : user.roleSet().stream().map(Enum::name).collect(Collectors.joining(",")),
                ClientIp.current()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
