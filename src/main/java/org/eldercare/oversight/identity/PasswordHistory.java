package org.eldercare.oversight.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The hashes (never the passwords) of an account's latest passwords, the current one included, so a new password
 * may not repeat any of the last N the security policy names. At most {@link SecurityPolicy#MAX_PASSWORD_HISTORY}
 * are kept per account.
 */
@Component
class PasswordHistory {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    PasswordHistory(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** Records the hash of the password the account has from now on, and forgets the ones beyond the kept number. */
    void remember(long userId, String passwordHash, Instant at) {
        jdbc.sql("insert into password_history (user_id, password_hash, set_at) values (?, ?, ?)")
                .params(userId, passwordHash, Timestamp.from(at)).update();
        jdbc.sql("""
                delete from password_history where user_id = :user and id not in
                (select id from password_history where user_id = :user order by id desc limit :kept)""")
                .param("user", userId).param("kept", SecurityPolicy.MAX_PASSWORD_HISTORY).update();
    }

    /** Refuses a password equal to one of the account's latest {@code depth} passwords. */
    void requireNotReused(long userId, String password, int depth) {
        List<String> hashes = jdbc.sql("select password_hash from password_history where user_id = ? order by id desc limit ?")
                .params(userId, depth).query(String.class).list();
        if (hashes.stream().anyMatch(h -> encoder.matches(password, h))) {
            throw PlatformException.badRequest("password.reused", depth);
        }
    }
}
