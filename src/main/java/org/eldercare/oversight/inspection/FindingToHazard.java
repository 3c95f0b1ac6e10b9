package org.eldercare.oversight.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspector turned a 不符合 check item into a hazard (转为隐患, INS-5 → HAZ-1). {@code departmentCode} is the item's
 * responsible department; {@code photoSha256} the evidence photos' hashes. For the hazard module to raise.
 */
public record FindingToHazard(long findingId, long taskId, long institutionId, String uscc, String regionCode,
                              String itemCode, String itemName, String departmentCode, String note,
                              List<String> photoSha256, LocalDate foundOn, String raisedBy) {
}
