package org.eldercare.oversight.todo;

import java.sql.Date;
import org.eldercare.oversight.calendar.DeadlineRecomputed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps to-do due dates in step when the calendar recomputes a deadline (a year's holidays were announced). */
@Component
class DeadlineListener {

    private final JdbcClient jdbc;

    DeadlineListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DeadlineRecomputed e) {
        jdbc.sql("update todo_item set due_date = ?, provisional = ? where source_type = ? and source_id = ?")
                .params(Date.valueOf(e.deadline()), e.provisional(), e.sourceType(), e.sourceId()).update();
    }
}
