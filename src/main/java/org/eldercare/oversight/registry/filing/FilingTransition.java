package org.eldercare.oversight.registry.filing;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One recorded transition of a filing: from, to, when, who and why; for a decision the region and level of the deciding
 * bureau, and a {@code note} (decided on behalf of the filing authority; materials missing without blocking the filing).
 */
@Table("filing_transition")
public record FilingTransition(Filing.Status fromStatus, Filing.Status toStatus, Instant at, @Column("by_user") String byUser,
                               String reason, String deciderRegionCode, Integer deciderLevel, String note) {

    static FilingTransition of(Filing.Status from, Filing.Status to, Instant at, String by, String reason) {
        return new FilingTransition(from, to, at, by, reason, null, null, null);
    }

    FilingTransition noted(String text) {
        return new FilingTransition(fromStatus, toStatus, at, byUser, reason, deciderRegionCode, deciderLevel, text);
    }

    FilingTransition decidedBy(Filing.Decider d) {
        return new FilingTransition(fromStatus, toStatus, at, byUser, reason, d.regionCode(), d.level(), d.note());
    }
}
