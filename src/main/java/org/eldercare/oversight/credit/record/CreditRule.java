package org.eldercare.oversight.credit.record;

import java.time.LocalDate;

/**
 * One row of the rule table: for {@code kind}, from {@code validFrom}, {@code points} per unit, in force for
 * {@code validMonths} after the day it occurred; {@code serious} marks a serious violation (INS-3);
 * {@code departmentCode} is the department that may enter it by hand (null: event-fed only).
 */
public record CreditRule(long id, String regionCode, EntryKind kind, LocalDate validFrom, int points, int validMonths,
                         boolean serious, String departmentCode, String basis) {

    /** The points of an entry of {@code units} (an inspection: the failed items; otherwise 1). */
    public int pointsFor(int units) {
        return Math.multiplyExact(points, Math.max(1, units));
    }

    /** The last day an entry that occurred on {@code occurredOn} is in force. */
    public LocalDate expiryFor(LocalDate occurredOn) {
        return occurredOn.plusMonths(validMonths).minusDays(1);
    }
}
