package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.eldercare.oversight.registry.InstitutionFiled;

import java.util.Optional;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * REG-3: after a filing the bureau inspects on site within 20 working days (a per-region setting with that preset).
 * Until the inspection module owns such tasks, the task lives as a tracked deadline and a to-do item for the
 * supervisors of the institution's region and above.
 */
@Component
public class VerificationTasks {

    public static final String TASK = "registry.filing-verification";
    private final DeadlineTracker deadlines;
    private final TodoBoard todos;
    private final RegistrySettings settings;

    VerificationTasks(DeadlineTracker deadlines, TodoBoard todos, RegistrySettings settings) {
        this.deadlines = deadlines;
        this.todos = todos;
        this.settings = settings;
    }

    /** The tracked REG-3 inspection deadline of an accepted initial filing, once this listener has run. */
    Optional<Deadline> due(long filingId) {
        return deadlines.find(TASK, String.valueOf(filingId));
    }

    @ApplicationModuleListener
    void on(InstitutionFiled e) {
        if (!e.initial()) {
            return;
        }
        String source = String.valueOf(e.filingId());
        Deadline due = deadlines.track(TASK, source, e.filedDate(), settings.value(e.regionCode(), RegistrySettings.VERIFICATION_DEADLINE));
        todos.publish(new TodoItem(TASK, source, e.regionCode(), Role.SUPERVISOR,
                "备案后现场检查：" + e.name() + "（" + e.receiptNo() + "）", "/registry/institutions/" + e.institutionId(),
                due.deadline(), due.provisional()));
    }
}
