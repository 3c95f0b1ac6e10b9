/**
 * Complaints (投诉, CMP-1, CMP-2): intake from the public and the hotline, the 5-working-day feedback rule, handling with
 * department routing, tracking by code, open days and opinion records. Published: {@link
 * org.eldercare.oversight.complaint.ComplaintConcluded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaint")
package org.eldercare.oversight.complaint;
