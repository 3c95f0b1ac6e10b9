package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.RequestPaths;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Username/password authentication for the login form and HTTP Basic, with the policy's lockout:
 * N consecutive wrong passwords lock the account for M minutes, during which even the right password is refused.
 */
@Component
class PlatformAuthenticationProvider implements AuthenticationProvider {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private final UserAccountRepository users;
    private final SecurityPolicyStore policies;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final TransactionTemplate tx;
    private final String dummyHash;

    PlatformAuthenticationProvider(UserAccountRepository users, SecurityPolicyStore policies, PasswordEncoder encoder,
                                   Clock clock, ApplicationEventPublisher events, Messages messages, TransactionTemplate tx) {
        this.users = users;
        this.policies = policies;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
        this.messages = messages;
        this.tx = tx;
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
        if (user == null) {
            encoder.matches(password, dummyHash); // same timing whether or not the account exists
            publish(username, method, false, "UNKNOWN_USER", null);
            throw new BadCredentialsException(messages.get("login.badCredentials", policy.maxFailedAttempts(), policy.lockMinutes()));
        }
        if (!user.enabled()) {
            publish(username, method, false, "DISABLED", user);
            throw new DisabledException(messages.get("login.disabled"));
        }
        if (user.isLocked(now)) {
            publish(username, method, false, "LOCKED", user);
            throw new LockedException(messages.get("login.locked", policy.lockMinutes(), until(user.lockedUntil())));
        }
        if (!encoder.matches(password, user.passwordHash())) {
            throw wrongPassword(user, username, method, policy, now);
        }
        UserAccount loggedIn = tx.execute(s -> {
            UserAccount fresh = users.findById(user.id()).orElseThrow();
            fresh.recordSuccessfulLogin(now);
            return users.save(fresh);
        });
        PlatformUser principal = loggedIn.principal();
        publish(username, method, true, "OK", loggedIn);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    /** Counts the failure (locking the account at the policy's limit) and says which refusal to show. */
    private AuthenticationException wrongPassword(UserAccount user, String username, String method, SecurityPolicy policy,
                                                  Instant now) {
        UserAccount updated = tx.execute(s -> {
            UserAccount fresh = users.findById(user.id()).orElseThrow();
            fresh.recordFailedLogin(policy, now);
            return users.save(fresh);
        });
        publish(username, method, false, "BAD_CREDENTIALS", user);
        if (updated.isLocked(now)) {
            return new LockedException(messages.get("login.nowLocked", policy.maxFailedAttempts(), policy.lockMinutes(),
                    until(updated.lockedUntil())));
        }
        return new BadCredentialsException(messages.get("login.badCredentials", policy.maxFailedAttempts(), policy.lockMinutes()));
    }

    private static boolean isFormLogin() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                && "/login".equals(RequestPaths.of(a.getRequest()));
    }

    private static String until(Instant lockedUntil) {
        return LocalTime.ofInstant(lockedUntil, ClockConfiguration.ZONE).format(HHMM);
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
