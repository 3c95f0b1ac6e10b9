package org.eldercare.oversight.registry.filing;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded transition of a filing: from, to, when, who and why. */
@Table("filing_transition")
public record FilingTransition(Filing.Status fromStatus, Filing.Status toStatus, Instant at, @Column("by_user") String byUser,
                               String reason) {
}
