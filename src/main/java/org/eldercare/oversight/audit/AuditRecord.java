package org.eldercare.oversight.audit;

import java.time.Instant;

/** A stored audit row. */
public record AuditRecord(long id, Instant occurredAt, String username, String roles, String regionCode, String action,
                          String targetType, String targetId, String outcome, String detail, String clientIp,
                          String prevMac, String mac) {

    /** The text the MAC covers: every field but the MACs, in a fixed order with unambiguous separators. */
    String canonical() {
        return String.join("\u001f", String.valueOf(id), occurredAt.toString(), n(username), n(roles), n(regionCode),
                n(action), n(targetType), n(targetId), n(outcome), n(detail), n(clientIp));
    }

    private static String n(String s) {
        return s == null ? "\u2400" : s;
    }
}
