package org.eldercare.oversight.inspection.spotcheck;

import org.eldercare.oversight.common.Labelled;

/** A plan waits for its draw, then holds it for good (a draw is never repeated: it would let one choose the result). */
public enum PlanState implements Labelled {
    DRAFT("待抽取"), DRAWN("已抽取");

    private final String label;

    PlanState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
