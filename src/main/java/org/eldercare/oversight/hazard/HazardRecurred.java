package org.eldercare.oversight.hazard;

/** A closed hazard's problem came back at the same site (same category) within the recurrence window. */
public record HazardRecurred(long hazardId, long previousHazardId, long institutionId, String uscc, String regionCode, String category) {
}
