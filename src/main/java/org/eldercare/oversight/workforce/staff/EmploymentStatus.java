package org.eldercare.oversight.workforce.staff;

import org.eldercare.oversight.common.Labelled;

/** Where an employment stands: 在职, 在职（命中行业禁入）, 已离职. */
public enum EmploymentStatus implements Labelled {
    ACTIVE("在职"), FLAGGED("在职·命中行业禁入"), ENDED("已离职");
    private final String label;
    EmploymentStatus(String label) { this.label = label; }
    @Override
    public String label() { return label; }

    public boolean current() {
        return this != ENDED;
    }
}
