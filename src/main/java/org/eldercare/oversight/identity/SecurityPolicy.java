package org.eldercare.oversight.identity;

/** Password, lockout and session policy, set by the security administrator. */
public record SecurityPolicy(int minPasswordLength, int maxFailedAttempts, int lockMinutes, int idleTimeoutMinutes) {
}
