package org.eldercare.oversight.inspection;

import java.time.LocalDate;

/**
 * An inspection's on-site record was signed (已完成). {@code kind} is the task kind's name (FILING_VERIFICATION, ROUTINE,
 * RANDOM, CAMPAIGN, JOINT, COMPLAINT, PATROL); {@code itemsFailed} counts the 不符合 items. For credit (CRD-1), the public
 * spot-check results (INS-4) and coverage.
 */
public record InspectionCompleted(long taskId, long institutionId, String uscc, String regionCode, String kind,
                                  LocalDate completedOn, int itemsChecked, int itemsFailed) {
}
