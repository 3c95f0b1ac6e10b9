package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class SecurityPolicyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SecurityPolicyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    SecurityPolicy current() {
        return jdbc.sql("select min_password_length, max_failed_attempts, lock_minutes, idle_timeout_minutes from security_policy where id = 1")
                .query(SecurityPolicy.class).single();
    }

    /** Bounds keep the policy within 等保2.0 level 3 expectations. */
    void update(SecurityPolicy p, String by) {
        if (p.minPasswordLength() < 8 || p.minPasswordLength() > 64) {
            throw PlatformException.badRequest("policy.minLength.range");
        }
        if (p.maxFailedAttempts() < 3 || p.maxFailedAttempts() > 10) {
            throw PlatformException.badRequest("policy.maxFailed.range");
        }
        if (p.lockMinutes() < 5 || p.lockMinutes() > 1440) {
            throw PlatformException.badRequest("policy.lockMinutes.range");
        }
        if (p.idleTimeoutMinutes() < 5 || p.idleTimeoutMinutes() > 30) {
            throw PlatformException.badRequest("policy.idle.range");
        }
        jdbc.sql("""
                update security_policy set min_password_length = ?, max_failed_attempts = ?, lock_minutes = ?,
                       idle_timeout_minutes = ?, updated_at = ?, updated_by = ? where id = 1""")
                .params(p.minPasswordLength(), p.maxFailedAttempts(), p.lockMinutes(), p.idleTimeoutMinutes(),
                        java.sql.Timestamp.from(Instant.now(clock)), by)
                .update();
    }
}
