package org.eldercare.oversight.hazard;

import java.time.LocalDate;

/** A hazard passed its rectification deadline without being closed. */
public record HazardOverdue(long hazardId, long institutionId, String uscc, String regionCode, String severity, LocalDate deadline) {
}
