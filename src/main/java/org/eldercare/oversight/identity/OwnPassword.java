package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user changing their own password: self-service, and the forced change after a temporary password. A wrong current
 * password counts toward the lockout like a wrong password at login (and is audited as such); while the account is
 * locked the current password is not checked at all. The new password may not repeat one of the policy's last N.
 */
@Service
public class OwnPassword {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");
    private final UserAccountRepository users;
    private final SecurityPolicyStore policies;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;
    private final PasswordHistory history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    OwnPassword(UserAccountRepository users, SecurityPolicyStore policies, PasswordEncoder encoder, LoginAttempts attempts,
                PasswordHistory history, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.users = users;
        this.policies = policies;
        this.encoder = encoder;
        this.attempts = attempts;
        this.history = history;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Checks the current password, the confirmation, the policy and the history, then changes it. Returns the refreshed
     * principal (with the new session epoch: the caller's session goes on, every other session of the account ends).
     */
    public PlatformUser change(String username, String current, String next, String confirm) {
        UserAccount u = users.findByUsername(username).orElseThrow(() -> PlatformException.notFound("user.notFound"));
        SecurityPolicy policy = policies.current();
        Instant now = Instant.now(clock);
        requireCurrent(u, current == null ? "" : current, policy, now);
        if (next == null || !next.equals(confirm)) {
            throw PlatformException.badRequest("password.mismatch");
        }
        if (encoder.matches(next, u.passwordHash())) {
            throw PlatformException.badRequest("password.sameAsOld");
        }
        PasswordRules.require(username, next, policy);
        history.requireNotReused(u.id(), next, policy.passwordHistory());
        String hash = encoder.encode(next);
        return tx.execute(s -> {
            UserAccount fresh = users.findById(u.id()).orElseThrow();
            fresh.changePassword(hash, now);
            history.remember(fresh.id(), hash, now);
            return users.save(fresh).principal();
        });
    }

    /** A wrong current password is counted toward the lockout (in its own transaction) and audited. */
    private void requireCurrent(UserAccount u, String current, SecurityPolicy policy, Instant now) {
        if (u.isLocked(now)) {
            throw PlatformException.badRequest("password.locked", until(u.lockedUntil()));
        }
        if (!encoder.matches(current, u.passwordHash())) {
            String reason = attempts.recordFailure(u.id(), policy, now);
            events.publishEvent(new LoginAttempted(u.username(), "PASSWORD_CHANGE", false, reason, u.regionCode(),
                    u.roleSet().stream().map(Enum::name).collect(Collectors.joining(",")), ClientIp.current()));
            throw PlatformException.badRequest("password.currentWrong", policy.maxFailedAttempts(), policy.lockMinutes());
        }
    }

    private static String until(Instant lockedUntil) {
        return LocalTime.ofInstant(lockedUntil, ClockConfiguration.ZONE).format(HHMM);
    }
}
