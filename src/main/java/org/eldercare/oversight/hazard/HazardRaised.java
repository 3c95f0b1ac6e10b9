package org.eldercare.oversight.hazard;

import java.time.LocalDate;

/**
 * A hazard was issued (待整改) at a service site. {@code severity}: GENERAL (一般) or MAJOR (重大); {@code source}: INSPECTION,
 * COMPLAINT, SELF_CHECK, REFERRAL or BUILDING; {@code deadline}: the rectification deadline in working days.
 */
public record HazardRaised(long hazardId, long institutionId, String uscc, String regionCode, String severity,
                           String category, String source, LocalDate foundOn, LocalDate deadline) {
}
