package org.eldercare.oversight.credit.listing;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a list procedure: from, to, when, who (and the region of his bureau), why. */
@Table("credit_listing_step")
public record ListingStep(ListingStatus fromStatus, ListingStatus toStatus, Instant at, @Column("by_user") String byUser,
                          String byRegion, String reason) {

    public String toLabel() {
        return toStatus.label();
    }
}
