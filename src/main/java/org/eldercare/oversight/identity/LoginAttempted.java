package org.eldercare.oversight.identity;

/**
 * Published for every login attempt (form, HTTP Basic, bearer token), successful or not.
 * {@code reason} is a short code: OK, BAD_CREDENTIALS, LOCKED, DISABLED, UNKNOWN_USER, BAD_TOKEN.
 */
public record LoginAttempted(String username, String method, boolean success, String reason, String regionCode,
                             String roles, String clientIp) {
}
