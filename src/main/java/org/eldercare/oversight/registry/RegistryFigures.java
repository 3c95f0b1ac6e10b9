package org.eldercare.oversight.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * #9 item 16, a supervisor's overview: the registry's figures for a region within the caller's scope, broken down by the
 * next level (州: by county, 县: by township), each figure read by one aggregate query (ADR 0012). Published for the
 * workbench, which draws and exports them.
 */
public interface RegistryFigures {

    /**
     * The figures of {@code regionCode} (the caller's own region when null) by its child regions; 404 when the region lies
     * outside the caller's scope.
     */
    Overview overview(String regionCode);

    /**
     * The figures of a region: one {@link Part} per child region (and one for the region itself, 本级, when it holds any),
     * and their total. {@code statuses} and {@code kinds} name the keys of {@link Part#byStatus} and {@link Part#byKind}.
     */
    record Overview(String regionCode, String regionName, int level, String childLevelName, LocalDate asOf,
                    List<Option> statuses, List<Option> kinds, List<Part> parts, Part total) {
    }

    /** A key and its Chinese label. */
    record Option(String code, String label) {
    }

    /**
     * The figures of one region. Institutions: those in the register and not 已终止. {@code obliged}: those in service
     * (运营中 or 暂停服务), which must be filed; {@code filingRate} = filed among them, in percent. {@code nursingShare}:
     * 护理型床位 of all beds in percent, {@code nursingGoal} the region's 护理型床位占比目标 (a setting). {@code filedLate}:
     * institutions with a filing submitted after the REG-3 deadline; {@code overdueUnfiled}: 未备案 with no filing awaiting
     * a decision although the REG-3 deadline after the first admission has passed. {@code openLeads}: REG-4 leads awaiting
     * the township's verification; {@code overdueInspections}: REG-3 on-site inspection to-dos past their due date.
     * Percentages have one decimal, null when there is nothing to divide by.
     */
    record Part(String regionCode, String regionName, boolean own, int institutions, Map<String, Integer> byStatus,
                Map<String, Integer> byKind, int obliged, int obligedFiled, BigDecimal filingRate, long beds, long nursingBeds,
                BigDecimal nursingShare, Integer nursingGoal, Boolean goalMet, int filedLate, int overdueUnfiled, int openLeads,
                int overdueInspections) {

        /** {@code part} as a share of {@code whole} in percent, one decimal; null when {@code whole} is 0. */
        public static BigDecimal percent(long part, long whole) {
            return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }
}
