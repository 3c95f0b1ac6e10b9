package org.eldercare.oversight.complaint.handling;

import org.eldercare.oversight.common.Labelled;

/** The complainant's rating at the 回访 (follow-up call). */
public enum Satisfaction implements Labelled {
    SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), DISSATISFIED("不满意"), UNREACHABLE("未能联系");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
