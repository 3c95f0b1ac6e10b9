package org.eldercare.oversight.complaint.handling;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded step of a complaint: from, to (the same state for a step that changes no state), when, who, why. */
@Table("complaint_transition")
public record ComplaintTransition(ComplaintState fromState, ComplaintState toState, Instant at, @Column("by_user") String byUser,
                                  String note) {
}
