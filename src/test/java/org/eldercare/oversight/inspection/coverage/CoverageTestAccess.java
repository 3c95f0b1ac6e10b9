package org.eldercare.oversight.inspection.coverage;

import org.springframework.stereotype.Component;

/** Lets tests in other packages run the coverage to-do refresh the daily job runs. */
@Component
public class CoverageTestAccess {

    private final CoverageTodos todos;

    CoverageTestAccess(CoverageTodos todos) {
        this.todos = todos;
    }

    public void refresh() {
        todos.refresh();
    }
}
