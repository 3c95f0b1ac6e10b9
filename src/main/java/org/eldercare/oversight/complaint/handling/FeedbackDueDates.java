package org.eldercare.oversight.complaint.handling;

import java.sql.Date;
import org.eldercare.oversight.calendar.DeadlineRecomputed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an unanswered complaint's feedback deadline ({@code complaint.feedback_due}, a copy of its tracked deadline) in
 * step when the calendar recomputes it because a year's holidays were loaded; the to-do module moves its to-do.
 */
@Component
class FeedbackDueDates {

    private final JdbcClient jdbc;

    FeedbackDueDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DeadlineRecomputed e) {
        if (!ComplaintTasks.FEEDBACK.equals(e.sourceType()) || !e.sourceId().matches("\\d{1,18}")) {
            return;
        }
        jdbc.sql("update complaint set feedback_due = ? where id = ? and feedback_on is null")
                .params(Date.valueOf(e.deadline()), Long.parseLong(e.sourceId())).update();
    }
}
