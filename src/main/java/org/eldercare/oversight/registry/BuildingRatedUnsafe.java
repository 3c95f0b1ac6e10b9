package org.eldercare.oversight.registry;

import java.time.LocalDate;

/**
 * REG-9/HAZ-4: the latest 房屋安全鉴定 of a service site rated its building C or D, a 重大事故隐患 candidate under the 2023
 * national standard (第四条（一）); for the hazard module to raise.
 */
public record BuildingRatedUnsafe(long institutionId, String uscc, String regionCode, String grade, LocalDate appraisedOn) {
}
