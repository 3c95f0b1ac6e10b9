package org.eldercare.oversight.registry.filing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.registry.filing.FilingChecklist.Rule;

/**
 * A filing's materials measured against the checklist of its institution's region (REG-11): each material uploaded,
 * replaced by its substitute, exempt (with the reason), missing, or missing without blocking the filing. Only missing
 * required materials block a submission; a missing 不阻止备案 material is recorded with the submission.
 */
public record ChecklistEvaluation(String checklistRegionName, Premises premises, BigDecimal floorArea, boolean asksForPremises,
                                  List<Item> items) {

    public enum State implements Labelled {
        UPLOADED("已上传"), SUBSTITUTED("以替代材料提交"), EXEMPT("免于提交"), MISSING("缺少"), NOT_BLOCKING("未提交，不阻止备案"),
        NOT_SUBMITTED("未提交（选交）");
        private final String label;
        State(String label) { this.label = label; }
        @Override
        public String label() { return label; }
    }

    /** One checklist line: the rule, the state and what the page shows for it. */
    public record Item(FilingMaterial material, String materialLabel, String requirementLabel, State state, String text,
                       String allowance) {
        public boolean blocks() {
            return state == State.MISSING;
        }
    }

    /** Evaluates the checklist against the materials {@code attached}, the declared premises and the 建筑面积. */
    public static ChecklistEvaluation of(FilingChecklist checklist, Set<FilingMaterial> attached, Premises premises,
                                         BigDecimal floorArea) {
        List<Item> items = new ArrayList<>();
        for (Rule r : checklist.rules()) {
            items.add(item(r, attached, premises, floorArea));
        }
        boolean asks = checklist.rules().stream().anyMatch(r -> r.exemption() != null);
        return new ChecklistEvaluation(checklist.sourceName(), premises, floorArea, asks, items);
    }

    private static Item item(Rule r, Set<FilingMaterial> attached, Premises premises, BigDecimal floorArea) {
        State state;
        String text;
        if (attached.contains(r.material())) {
            state = State.UPLOADED;
            text = state.label();
        } else if (r.substitute() != null && attached.contains(r.substitute())) {
            state = State.SUBSTITUTED;
            text = "以" + r.substitute().label() + "替代";
        } else if (r.exemption() != null && r.exemption().applies(premises, floorArea, r.exemptionMaxArea())) {
            state = State.EXEMPT;
            text = "免于提交（" + premises.label() + "，建筑面积" + floorArea.stripTrailingZeros().toPlainString() + "㎡，"
                    + r.exemptionText() + "）";
        } else {
            state = switch (r.requirement()) {
                case REQUIRED -> State.MISSING;
                case NOT_BLOCKING -> State.NOT_BLOCKING;
                case OPTIONAL -> State.NOT_SUBMITTED;
            };
            text = state.label();
        }
        return new Item(r.material(), r.materialLabel(), r.requirementLabel(), state, text, r.allowance());
    }

    /** The missing required materials, each with what could replace or exempt it, for the Chinese refusal. */
    public List<String> blockers() {
        return items.stream().filter(Item::blocks)
                .map(i -> i.allowance().isEmpty() ? i.materialLabel() : i.materialLabel() + "（" + i.allowance() + "）").toList();
    }

    /** The note a submission records: the missing materials that do not block the filing, or null. */
    public String notBlockingNote() {
        List<String> missing = items.stream().filter(i -> i.state() == State.NOT_BLOCKING).map(Item::materialLabel).toList();
        return missing.isEmpty() ? null : "未提交" + String.join("、", missing) + "（按" + checklistRegionName + "备案材料清单，不影响备案）";
    }

}
