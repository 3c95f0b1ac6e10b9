package org.eldercare.oversight.inspection.task;

import org.eldercare.oversight.calendar.DeadlineRecomputed;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The to-do follows the task: an open task is on its region's supervisors' list with its due date; a completed or cancelled
 * one is done, and its tracked deadline is dropped. When a holiday year moves a tracked due date, the task follows.
 */
@Component
class TaskTodos {

    /** The to-do and tracked-deadline source type of inspection tasks (the registry's overview counts these as overdue inspections). */
    static final String TASK = "inspection.task";
    private final TodoBoard todos;
    private final DeadlineTracker deadlines;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;

    TaskTodos(TodoBoard todos, DeadlineTracker deadlines, WorkingDayCalendar calendar, JdbcClient jdbc) {
        this.todos = todos;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(InspectionTask.Opened e) {
        todos.publish(new TodoItem(TASK, String.valueOf(e.taskId()), e.regionCode(), Role.SUPERVISOR,
                e.kindLabel() + "：" + e.institutionName(), "/inspection/tasks/" + e.taskId(), e.dueOn(),
                !calendar.isAnnounced(e.dueOn().getYear())));
    }

    @EventListener
    void on(InspectionTask.Closed e) {
        todos.complete(TASK, String.valueOf(e.taskId()));
        deadlines.untrack(TASK, String.valueOf(e.taskId()));
    }

    @ApplicationModuleListener
    void on(DeadlineRecomputed e) {
        if (TASK.equals(e.sourceType())) {
            jdbc.sql("update inspection_task set due_on = ?, version = version + 1"
                            + " where id = ? and state not in ('COMPLETED', 'CANCELLED')")
                    .params(e.deadline(), Long.parseLong(e.sourceId())).update();
        }
    }
}
