package org.eldercare.oversight.identity;

import org.eldercare.oversight.common.PlatformException;

/**
 * Password, lockout and session policy, set by the security administrator. {@code passwordHistory}: how many of the
 * account's latest passwords (the current one included) a new password may not repeat; a policy sent without it
 * keeps the stored value.
 */
public record SecurityPolicy(int minPasswordLength, int maxFailedAttempts, int lockMinutes, int idleTimeoutMinutes,
                             Integer passwordHistory) {

    /** The number of latest passwords refused when the policy does not say otherwise. */
    public static final int DEFAULT_PASSWORD_HISTORY = 5;
    /** The most passwords the history keeps per account. */
    static final int MAX_PASSWORD_HISTORY = 24;

    public SecurityPolicy(int minPasswordLength, int maxFailedAttempts, int lockMinutes, int idleTimeoutMinutes) {
        this(minPasswordLength, maxFailedAttempts, lockMinutes, idleTimeoutMinutes, DEFAULT_PASSWORD_HISTORY);
    }

    /** This policy, with the given history depth where it names none. */
    SecurityPolicy withHistoryDefault(int stored) {
        return passwordHistory != null ? this
                : new SecurityPolicy(minPasswordLength, maxFailedAttempts, lockMinutes, idleTimeoutMinutes, stored);
    }

    /** Refuses a policy outside the bounds that keep it within 等保2.0 level 3 expectations. */
    void requireWithinBounds() {
        if (minPasswordLength < 8 || minPasswordLength > 64) {
            throw PlatformException.badRequest("policy.minLength.range");
        }
        if (maxFailedAttempts < 3 || maxFailedAttempts > 10) {
            throw PlatformException.badRequest("policy.maxFailed.range");
        }
        if (lockMinutes < 5 || lockMinutes > 1440) {
            throw PlatformException.badRequest("policy.lockMinutes.range");
        }
        if (idleTimeoutMinutes < 5 || idleTimeoutMinutes > 30) {
            throw PlatformException.badRequest("policy.idle.range");
        }
        if (passwordHistory == null || passwordHistory < 1 || passwordHistory > MAX_PASSWORD_HISTORY) {
            throw PlatformException.badRequest("policy.history.range", MAX_PASSWORD_HISTORY);
        }
    }
}
