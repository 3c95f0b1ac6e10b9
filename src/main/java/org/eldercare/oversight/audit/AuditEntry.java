package org.eldercare.oversight.audit;

/** What a module asks the audit trail to record. {@code outcome}: SUCCESS, FAILURE or DENIED. */
public record AuditEntry(String username, String roles, String regionCode, String action, String targetType,
                         String targetId, String outcome, String detail, String clientIp) {
}
