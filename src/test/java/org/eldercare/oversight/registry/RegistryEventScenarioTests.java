package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.DeadlineRecomputed;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.filing.VerificationTasks;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Module scenarios: an event published by one module, the state another module keeps because of it. Each publishes the
 * event in a transaction, as its publisher does, and waits for the after-commit listener.
 */
@EnableScenarios
class RegistryEventScenarioTests extends IntegrationTest {

    @Autowired
    TodoBoard todos;

    private Optional<LocalDate> openTodoDue(String sourceType, String sourceId) {
        return jdbc.sql("select due_date from todo_item where source_type = ? and source_id = ? and status = 'OPEN'")
                .params(sourceType, sourceId).query(Date.class).optional().map(Date::toLocalDate);
    }

    /** Whether the after-commit listener has finished with the event naming this filing (the publication registry says so). */
    private boolean listenerCompleted(long filingId) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ? and completion_date is not null")
                .param("%\"filingId\":" + filingId + ",%").query(Long.class).single() > 0;
    }

    @Test
    @DisplayName("REG-3: InstitutionFiled → the supervisors get the on-site inspection to-do, due 20 working days after filing")
    void anAcceptedFilingGivesTheInspectionTask(Scenario scenario) {
        long filingId = 900_000_000L + System.nanoTime() % 1_000_000;
        scenario.publish(new InstitutionFiled(1L, filingId, "52532301MJ0000001X", "场景测试养老院", "532301101000",
                        LocalDate.of(2024, 9, 27), "楚民养备〔2024〕9999号", true))
                .andWaitForStateChange(() -> openTodoDue(VerificationTasks.TASK, String.valueOf(filingId)), Optional::isPresent)
                .andVerify(due -> assertThat(due).contains(LocalDate.of(2024, 10, 30)));
    }

    @Test
    @DisplayName("REG-3: a change filing (InstitutionFiled, not initial) gives no inspection to-do")
    void aChangeFilingGivesNoInspectionTask(Scenario scenario) {
        long filingId = 910_000_000L + System.nanoTime() % 1_000_000;
        scenario.publish(new InstitutionFiled(1L, filingId, "52532301MJ0000001X", "场景测试养老院", "532301101000",
                        LocalDate.of(2024, 9, 27), "楚民养备〔2024〕9998号", false))
                .andWaitForStateChange(() -> listenerCompleted(filingId), Boolean::booleanValue)
                .andVerify(done -> assertThat(openTodoDue(VerificationTasks.TASK, String.valueOf(filingId))).isEmpty());
    }

    @Test
    @DisplayName("Calendar: DeadlineRecomputed → the to-do with that source shows the new due date and provisional flag")
    void aRecomputedDeadlineMovesTheTodo(Scenario scenario) {
        String source = unique("scenario");
        todos.publish(new TodoItem("scenario-task", source, "532301", Role.SUPERVISOR, "核查 " + source, "/",
                LocalDate.of(2027, 1, 4), true));
        scenario.publish(new DeadlineRecomputed("scenario-task", source, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 5), false))
                .andWaitForStateChange(() -> openTodoDue("scenario-task", source), due -> due.equals(Optional.of(LocalDate.of(2027, 1, 5))))
                .andVerify(due -> assertThat(jdbc.sql("select provisional from todo_item"
                                + " where source_type = 'scenario-task' and source_id = ?")
                        .param(source).query(Boolean.class).single()).isFalse());
    }
}
