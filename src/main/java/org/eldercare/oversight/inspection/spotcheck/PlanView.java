package org.eldercare.oversight.inspection.spotcheck;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.inspection.RiskSignals.Signal;

/** A plan as the API shows it; {@code ratioPercent} or {@code count}; the INS-3 weights stored on the plan. */
public record PlanView(long id, String title, String regionCode, String items, BigDecimal ratioPercent, Integer count,
                       LocalDate windowStart, LocalDate windowEnd, List<String> departments, boolean joint,
                       int inspectorsPerDepartment, Map<String, Integer> weights, String combination, String combinationLabel,
                       String state, String stateLabel, Instant createdAt, String createdBy, Instant drawnAt) {

    static PlanView of(SpotCheckPlan p) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            weights.put(s.name(), p.weightOf(s));
        }
        return new PlanView(p.id(), p.title(), p.regionCode(), p.items(),
                p.ratioBp() == null ? null : BigDecimal.valueOf(p.ratioBp(), 2).stripTrailingZeros(), p.drawCount(), p.windowStart(),
                p.windowEnd(), p.departments(), p.joint(), p.inspectorsPerDepartment(), weights, p.weightCombination().name(),
                p.weightCombination().label(), p.state().name(), p.state().label(), p.createdAt(), p.createdBy(), p.drawnAt());
    }
}
