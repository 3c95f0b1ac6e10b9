package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** #9 item 8: a duplicate lead the upgrade merged leaves no open to-do or tracked deadline behind. */
class MergedLeadsTests extends IntegrationTest {

    @Autowired
    MergedLeads merged;
    @Autowired
    TodoBoard todos;
    @Autowired
    DeadlineTracker deadlines;

    @Test
    @DisplayName("#9-8: at start-up the to-do and the deadline of a merged duplicate lead are closed, once")
    void aMergedLeadsTaskIsClosed() {
        long kept = jdbc.sql("insert into verification_lead (name, region_code, due_date, created_at) "
                + "values ('合并测试', '532301101000', current_date, now()) returning id").query(Long.class).single();
        long duplicate = jdbc.sql("insert into verification_lead (name, region_code, due_date, status, merged_into, created_at) "
                + "values ('合并测试', '532301101000', current_date, 'MERGED', ?, now()) returning id").param(kept)
                .query(Long.class).single();
        String source = String.valueOf(duplicate);
        todos.publish(new TodoItem(LeadTasks.LEAD_TASK, source, "532301101000", Role.TOWNSHIP, "核查线索（登记未备案）：合并测试",
                "/registry/leads/" + duplicate, LocalDate.now(clock), false));
        deadlines.track(LeadTasks.LEAD_TASK, source, LocalDate.now(clock), 10);

        merged.closeTheirTasks();

        assertThat(jdbc.sql("select status from todo_item where source_type = ? and source_id = ?")
                .params(LeadTasks.LEAD_TASK, source).query(String.class).single()).isEqualTo("DONE");
        assertThat(deadlines.find(LeadTasks.LEAD_TASK, source)).isEmpty();
        assertThat(jdbc.sql("select verified_at is not null from verification_lead where id = ?").param(duplicate)
                .query(Boolean.class).single()).isTrue();
    }
}
