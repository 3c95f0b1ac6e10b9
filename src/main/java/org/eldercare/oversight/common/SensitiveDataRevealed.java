package org.eldercare.oversight.common;

/**
 * Published (synchronously) by any module just before it shows a protected value in full — an ID number's
 * audited reveal. The audit module records it; if recording fails the reveal fails.
 */
public record SensitiveDataRevealed(String username, String roles, String regionCode, String targetType,
                                    String targetId, String field, String reason, String clientIp) {
}
