package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.DeadlineRecomputed;
import org.eldercare.oversight.identity.Role;
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
