package org.eldercare.oversight.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
        return jdbc.sql("select min_password_length, max_failed_attempts, lock_minutes, idle_timeout_minutes, password_history "
                        + "from security_policy where id = 1")
                .query(SecurityPolicy.class).single();
    }

    /**
     * Stores a policy within the bounds of {@link SecurityPolicy#requireWithinBounds()}; a policy without a password
     * history depth keeps the stored one.
     */
    void update(SecurityPolicy submitted, String by) {
        SecurityPolicy p = submitted.withHistoryDefault(current().passwordHistory());
        p.requireWithinBounds();
        jdbc.sql("""
                update security_policy set min_password_length = ?, max_failed_attempts = ?, lock_minutes = ?,
                       idle_timeout_minutes = ?, password_history = ?, updated_at = ?, updated_by = ? where id = 1""")
                .params(p.minPasswordLength(), p.maxFailedAttempts(), p.lockMinutes(), p.idleTimeoutMinutes(),
                        p.passwordHistory(), Timestamp.from(Instant.now(clock)), by)
                .update();
    }
}
