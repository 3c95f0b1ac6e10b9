package org.eldercare.oversight.todo;

import org.eldercare.oversight.common.Labelled;

/** Whether a to-do item still waits on someone; stored by name in {@code todo_item.status}. */
enum TodoStatus implements Labelled {
    OPEN("待办"),
    DONE("已办");

    private final String label;

    TodoStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
