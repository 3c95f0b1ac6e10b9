package org.eldercare.oversight.inspection.onsite;

import org.eldercare.oversight.common.Labelled;

/** A check item's result on site. */
public enum Outcome implements Labelled {
    COMPLIANT("符合"), NON_COMPLIANT("不符合"), NOT_APPLICABLE("不适用");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
