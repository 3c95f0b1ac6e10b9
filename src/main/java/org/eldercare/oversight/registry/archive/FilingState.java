package org.eldercare.oversight.registry.archive;


import org.eldercare.oversight.common.Labelled;

/** The institution's filing standing (REG-2): derived from its filings. */
public enum FilingState implements Labelled {
    UNFILED("未备案"), FILED("已备案"), REVOKED("备案已撤销");
    private final String label;
    FilingState(String label) { this.label = label; }
    @Override
    public String label() { return label; }

    /** The label while a filing of the institution awaits the bureau's decision (待审核, or 变更待审核 once filed). */
    public String labelWhile(boolean awaitingReview) {
        if (!awaitingReview) {
            return label;
        }
        return this == FILED ? "已备案（变更待审核）" : "待审核";
    }
}
