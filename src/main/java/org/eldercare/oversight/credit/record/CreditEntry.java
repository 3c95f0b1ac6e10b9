package org.eldercare.oversight.credit.record;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a code's credit record (CRD-1): what, when, where from (module and record id), how many points under which
 * rule, until when. Never edited; a correction is a {@link EntryKind#REVERSAL} naming the entry it cancels
 * ({@code reversesId}), with the opposite points and the same expiry.
 */
public record CreditEntry(long id, String uscc, Long institutionId, String regionCode, EntryKind kind, LocalDate occurredOn,
                          String sourceModule, String sourceRef, Long ruleId, int units, int points, LocalDate expiresOn,
                          String departmentCode, String note, Long reversesId, String recordedBy, Instant recordedAt) {

    /** In force on {@code day}: occurred by then and not yet expired. */
    public boolean inForce(LocalDate day) {
        return !occurredOn.isAfter(day) && !expiresOn.isBefore(day);
    }

    public String kindLabel() {
        return kind.label();
    }
}
