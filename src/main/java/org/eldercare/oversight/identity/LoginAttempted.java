package org.eldercare.oversight.identity;

/**
 * Published for every login attempt (form, HTTP Basic, bearer token), successful or not, and for every wrong current
 * password on 修改密码 ({@code method} PASSWORD_CHANGE), which counts toward the lockout like a failed login.
 * {@code reason} is a short code: OK, BAD_CREDENTIALS, LOCKED, DISABLED, UNKNOWN_USER, BAD_TOKEN.
 * A refused bearer value is named by a fingerprint of its hash ({@code token:sm3:…}), never by any part of it.
 */
public record LoginAttempted(String username, String method, boolean success, String reason, String regionCode,
                             String roles, String clientIp) {
}
