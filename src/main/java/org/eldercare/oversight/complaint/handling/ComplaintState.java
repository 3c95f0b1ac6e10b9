package org.eldercare.oversight.complaint.handling;

import org.eldercare.oversight.common.Labelled;

/** Where a complaint stands (信访工作条例: 登记, 受理, 办理, 答复, 办结). */
public enum ComplaintState implements Labelled {
    REGISTERED("已登记"), ACCEPTED("已受理"), NOT_ACCEPTED("不予受理"), IN_PROGRESS("办理中"), ANSWERED("已答复"),
    CONCLUDED("已办结");

    private final String label;

    ComplaintState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The complaint is still being worked on (not refused, not concluded). */
    public boolean open() {
        return this != NOT_ACCEPTED && this != CONCLUDED;
    }
}
