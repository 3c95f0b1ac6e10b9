package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changing their own password: self-service, and the forced change after a temporary password. */
@Service
public class OwnPassword {

    private final UserAccountRepository users;
    private final SecurityPolicyStore policies;
    private final PasswordEncoder encoder;
    private final Clock clock;

    OwnPassword(UserAccountRepository users, SecurityPolicyStore policies, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.policies = policies;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Checks the current password, the confirmation and the policy, then changes it. Returns the refreshed principal. */
    @Transactional
    public PlatformUser change(String username, String current, String next, String confirm) {
        UserAccount u = users.findByUsername(username).orElseThrow(() -> PlatformException.notFound("user.notFound"));
        if (!encoder.matches(current == null ? "" : current, u.passwordHash())) {
            throw PlatformException.badRequest("password.currentWrong");
        }
        if (next == null || !next.equals(confirm)) {
            throw PlatformException.badRequest("password.mismatch");
        }
        if (encoder.matches(next, u.passwordHash())) {
            throw PlatformException.badRequest("password.sameAsOld");
        }
        PasswordRules.require(username, next, policies.current());
        u.changePassword(encoder.encode(next), Instant.now(clock));
        return users.save(u).principal();
    }
}
