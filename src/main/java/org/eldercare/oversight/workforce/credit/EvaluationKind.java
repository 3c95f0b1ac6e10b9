package org.eldercare.oversight.workforce.credit;

import org.eldercare.oversight.common.Labelled;

/** Kinds of staff credit record (WRK-4); {@code supervisorsOnly}: findings only a supervisor records. */
public enum EvaluationKind implements Labelled {
    RECIPIENT_EVALUATION("服务对象评价", false), AWARD("表彰奖励", false), COMPLAINT_UPHELD("投诉经查属实", false),
    ABUSE_FINDING("侵害老年人权益认定", true), PENALTY("行政处罚", true);

    private final String label;
    private final boolean supervisorsOnly;

    EvaluationKind(String label, boolean supervisorsOnly) {
        this.label = label;
        this.supervisorsOnly = supervisorsOnly;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean supervisorsOnly() {
        return supervisorsOnly;
    }
}
