package org.eldercare.oversight.audit;

/** What a module asks the audit trail to record. */
public record AuditEntry(String username, String roles, String regionCode, String action, String targetType,
                         String targetId, AuditOutcome outcome, String detail, String clientIp) {
}
