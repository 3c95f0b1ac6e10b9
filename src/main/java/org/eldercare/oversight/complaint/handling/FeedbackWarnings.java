package org.eldercare.oversight.complaint.handling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warning the day before a complaint's feedback falls due (#13 item 2): on the last working day before the deadline
 * the bureau's supervisors get a to-do 「明日到期」. Runs every morning as a background job (and may run again: publishing the
 * same warning updates it).
 */
@Component
public class FeedbackWarnings {

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final TodoBoard todos;
    private final Clock clock;

    FeedbackWarnings(JdbcClient jdbc, WorkingDayCalendar calendar, TodoBoard todos, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.todos = todos;
        this.clock = clock;
    }

    private record Due(long id, String regionCode, String summary, LocalDate feedbackDue) {
    }

    /** Warns of every unanswered complaint whose feedback is due on the next working day; returns how many. */
    @Transactional
    public int run() {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        LocalDate next = calendar.deadline(today, 1).deadline();
        var due = jdbc.sql("""
                select id, region_code, summary, feedback_due from complaint
                where feedback_on is null and feedback_due = ? and state = 'REGISTERED'""")
                .param(next).query(Due.class).list();
        for (Due d : due) {
            todos.publish(new TodoItem(ComplaintTasks.WARNING, String.valueOf(d.id()), d.regionCode(), Role.SUPERVISOR,
                    "【明日到期】投诉反馈：" + d.summary(), "/complaints/" + d.id(), d.feedbackDue(), false));
        }
        return due.size();
    }

    @Bean
    static RecurringTask<Void> complaintFeedbackWarnings(FeedbackWarnings warnings) {
        return Tasks.recurring("complaint-feedback-warnings", Schedules.daily(LocalTime.of(7, 30)))
                .execute((instance, context) -> warnings.run());
    }
}
