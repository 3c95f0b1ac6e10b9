package org.eldercare.oversight.registry.crosscheck;

import java.sql.Date;
import org.eldercare.oversight.calendar.DeadlineRecomputed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an open lead's due date ({@code verification_lead.due_date}, a copy of its tracked deadline) in step when the
 * calendar recomputes the deadline of its {@link LeadTasks#LEAD_TASK} because a year's holidays were loaded. The
 * to-do module moves the lead's to-do by the same event.
 */
@Component
class VerificationLeadDueDates {

    private final JdbcClient jdbc;

    VerificationLeadDueDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(DeadlineRecomputed e) {
        if (!LeadTasks.LEAD_TASK.equals(e.sourceType()) || !e.sourceId().matches("\\d{1,18}")) {
            return;
        }
        jdbc.sql("update verification_lead set due_date = ? where id = ? and status = 'OPEN'")
                .params(Date.valueOf(e.deadline()), Long.parseLong(e.sourceId())).update();
    }
}
