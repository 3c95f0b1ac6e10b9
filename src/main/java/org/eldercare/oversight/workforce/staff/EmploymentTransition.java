package org.eldercare.oversight.workforce.staff;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded step of an employment: from, to, when, who and why. */
@Table("staff_employment_transition")
public record EmploymentTransition(EmploymentStatus fromStatus, EmploymentStatus toStatus, Instant at,
                                   @Column("by_user") String byUser, String reason) {
}
