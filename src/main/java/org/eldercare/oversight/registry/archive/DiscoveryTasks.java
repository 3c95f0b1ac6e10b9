package org.eldercare.oversight.registry.archive;

import java.util.Optional;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.UnfiledInstitutionDiscovered;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * REG-3: an unfiled institution found admitting residents is inspected on site within 20 working days of the discovery
 * (a per-region setting with that preset). The inspection shows on the supervisors' to-do list with its tracked due
 * date, in the same transaction as the discovery.
 */
@Component
public class DiscoveryTasks {

    public static final String TASK = "registry.unfiled-discovery";
    private final DeadlineTracker deadlines;
    private final TodoBoard todos;
    private final RegistrySettings settings;

    DiscoveryTasks(DeadlineTracker deadlines, TodoBoard todos, RegistrySettings settings) {
        this.deadlines = deadlines;
        this.todos = todos;
        this.settings = settings;
    }

    /** The tracked due date of the on-site inspection of an institution found admitting residents unfiled. */
    Optional<Deadline> due(long institutionId) {
        return deadlines.find(TASK, String.valueOf(institutionId));
    }

    @EventListener
    void on(UnfiledInstitutionDiscovered e) {
        String source = String.valueOf(e.institutionId());
        Deadline due = deadlines.track(TASK, source, e.discoveredOn(),
                settings.value(e.regionCode(), RegistrySettings.VERIFICATION_DEADLINE));
        todos.publish(new TodoItem(TASK, source, e.regionCode(), Role.SUPERVISOR, "未备案收住老人，现场检查并督促备案：" + e.name(),
                "/registry/institutions/" + source, due.deadline(), due.provisional()));
    }
}
