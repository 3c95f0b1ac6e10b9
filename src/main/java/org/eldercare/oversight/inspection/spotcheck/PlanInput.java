package org.eldercare.oversight.inspection.spotcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A new plan as entered. {@code items}: the 抽查事项 (free text or item codes, one per line); either {@code ratioPercent}
 * (0.01–100, two decimals at most) or {@code count}; {@code departments}: department codes (more than one: a joint check);
 * {@code weights}: COMPLAINT, MAJOR_HAZARD, DISHONEST, SERIOUS_VIOLATION → 1–10 (missing: the presets 2, 3, 3, 3);
 * {@code combination}: MAX (preset) or PRODUCT.
 */
public record PlanInput(String title, String regionCode, String items, BigDecimal ratioPercent, Integer count,
                        LocalDate windowStart, LocalDate windowEnd, List<String> departments, Integer inspectorsPerDepartment,
                        Map<String, Integer> weights, String combination) {
}
