package org.eldercare.oversight.registry.crosscheck;

import java.util.List;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.todo.TodoBoard;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * #9 item 8: the migration V28 closed the duplicate open leads an earlier version opened when the same file was imported
 * twice (status MERGED, into the oldest). Their to-dos and tracked deadlines belong to other modules, so they are closed
 * here, once: a merged lead whose to-do is closed gets its closing time, and is not looked at again.
 */
@Component
class MergedLeads {

    private final JdbcClient jdbc;
    private final TodoBoard todos;
    private final DeadlineTracker deadlines;

    MergedLeads(JdbcClient jdbc, TodoBoard todos, DeadlineTracker deadlines) {
        this.jdbc = jdbc;
        this.todos = todos;
        this.deadlines = deadlines;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void closeTheirTasks() {
        List<Long> merged = jdbc.sql("select id from verification_lead where status = 'MERGED' and verified_at is null")
                .query(Long.class).list();
        for (long id : merged) {
            todos.complete(LeadTasks.LEAD_TASK, String.valueOf(id));
            deadlines.untrack(LeadTasks.LEAD_TASK, String.valueOf(id));
        }
        jdbc.sql("update verification_lead set verified_at = now(), verified_by = 'system' "
                + "where status = 'MERGED' and verified_at is null").update();
    }
}
