package org.eldercare.oversight.registry.filing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.Labelled;

/**
 * The filing-material checklist that applies in a region (REG-11): the checklist set on the nearest region at or above it
 * ({@code sourceCode}; the region's own when {@code own}). Each rule says whether a material is required, optional or
 * required without blocking the filing, which other material may replace it and which condition exempts it.
 */
public record FilingChecklist(String regionCode, String regionName, String sourceCode, String sourceName, boolean own,
                              String setBy, Instant setAt, List<Rule> rules) {

    public enum Requirement implements Labelled {
        REQUIRED("必交"), OPTIONAL("选交"), NOT_BLOCKING("应交，缺少不影响备案");
        private final String label;
        Requirement(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    /** A condition the platform evaluates from the filing and the institution's archive. */
    public enum Exemption implements Labelled {
        /** 002-3: a detached building or floors of a building converted, 建筑面积 at most the rule's limit (以下 includes it). */
        SMALL_CONVERSION("利用独栋建筑或内部楼层改造且建筑面积不超过限额");
        private final String label;
        Exemption(String label) { this.label = label; }
        @Override
        public String label() { return label; }

        boolean applies(Premises premises, BigDecimal floorArea, int maxArea) {
            return (premises == Premises.DETACHED || premises == Premises.FLOORS) && floorArea != null
                    && floorArea.signum() > 0 && floorArea.compareTo(BigDecimal.valueOf(maxArea)) <= 0;
        }

        String describe(int maxArea) {
            return "利用建筑面积" + maxArea + "㎡以下的独栋建筑或内部楼层改造";
        }
    }

    /** One material's rule; the labels travel with the names for readers of the API. */
    public record Rule(FilingMaterial material, String materialLabel, Requirement requirement, String requirementLabel,
                       FilingMaterial substitute, String substituteLabel, Exemption exemption, String exemptionText,
                       Integer exemptionMaxArea) {

        public static Rule of(FilingMaterial material, Requirement requirement, FilingMaterial substitute, Exemption exemption,
                              Integer exemptionMaxArea) {
            return new Rule(material, material.label(), requirement, requirement.label(), substitute,
                    substitute == null ? null : substitute.label(), exemption,
                    exemption == null ? null : exemption.describe(exemptionMaxArea), exemption == null ? null : exemptionMaxArea);
        }

        /** What the rule allows instead of the material itself, for the checklist and for the refusal. */
        public String allowance() {
            StringBuilder s = new StringBuilder();
            if (substitute != null) {
                s.append("可以").append(substitute.label()).append("替代");
            }
            if (exemption != null) {
                s.append(s.isEmpty() ? "" : "；").append(exemptionText).append("的免于提交");
            }
            return s.toString();
        }
    }

    /** The materials the checklist names, in its order. */
    public List<FilingMaterial> materials() {
        return rules.stream().map(Rule::material).toList();
    }
}
