package org.eldercare.oversight.inspection.task;

import org.eldercare.oversight.common.Labelled;

/** Where an inspection task stands. */
public enum TaskState implements Labelled {
    PENDING("待检查"), IN_PROGRESS("检查中"), AWAITING_SIGNATURE("待签字"), COMPLETED("已完成"), CANCELLED("已取消");

    private final String label;

    TaskState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean open() {
        return this != COMPLETED && this != CANCELLED;
    }
}
