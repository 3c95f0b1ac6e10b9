package org.eldercare.oversight.identity;

import org.eldercare.oversight.common.PlatformException;

/** Password, lockout and session policy, set by the security administrator. */
public record SecurityPolicy(int minPasswordLength, int maxFailedAttempts, int lockMinutes, int idleTimeoutMinutes) {

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
    }
}
