package org.eldercare.oversight.hazard;

import java.time.LocalDate;

/** A hazard was accepted as fixed (已销号); {@code onTime}: accepted by its deadline. */
public record HazardClosed(long hazardId, long institutionId, String uscc, String regionCode, String severity,
                           LocalDate closedOn, boolean onTime) {
}
