package org.eldercare.oversight.complaint;

import java.time.LocalDate;

/**
 * A complaint was concluded (已办结). {@code upheld}: the complaint was found substantiated (属实), a credit entry (CRD-1).
 * {@code institutionId} (a service site) and {@code uscc} are null when the complaint names no registered institution.
 */
public record ComplaintConcluded(long complaintId, Long institutionId, String uscc, String regionCode, String category,
                                 boolean upheld, LocalDate concludedOn) {
}
