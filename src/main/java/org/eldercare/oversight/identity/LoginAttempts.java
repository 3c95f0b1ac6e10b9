package org.eldercare.oversight.identity;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An account's login state (consecutive failures, lock, last login), written so that parallel attempts never collide:
 * a wrong password is counted under a row lock, so N parallel attempts count N and the lock falls at exactly the
 * policy's limit; a correct one is recorded with a direct update, without the aggregate's version check.
 */
@Component
class LoginAttempts {

    /** The audit reason of a refused attempt (see {@link LoginAttempted}). */
    static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";
    static final String LOCKED = "LOCKED";
    static final String DISABLED = "DISABLED";
    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    LoginAttempts(UserAccountRepository users, JdbcClient jdbc, TransactionTemplate tx) {
        this.users = users;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Counts a wrong password (locking the account at the policy's limit) and returns the audit reason. Attempts against
     * an account that is already locked or disabled, as seen under the row lock, are not counted.
     */
    String recordFailure(long userId, SecurityPolicy policy, Instant now) {
        return tx.execute(s -> {
            jdbc.sql("select id from user_account where id = ? for update").param(userId).query(Long.class).single();
            UserAccount fresh = users.findById(userId).orElseThrow();
            if (!fresh.enabled()) {
                return DISABLED;
            }
            if (fresh.isLocked(now)) {
                return LOCKED;
            }
            fresh.recordFailedLogin(policy, now);
            users.save(fresh);
            return BAD_CREDENTIALS;
        });
    }

    /**
     * Records a login with the right password: clears the failures and sets the last login, in one statement. False when
     * the account was disabled or locked after it was read (the login is then refused).
     */
    boolean recordSuccess(long userId, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                update user_account set failed_attempts = 0, locked_until = null, last_login_at = ?
                where id = ? and enabled and (locked_until is null or locked_until <= ?)""")
                .params(at, userId, at).update() == 1;
    }
}
