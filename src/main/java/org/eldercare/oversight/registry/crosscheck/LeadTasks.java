package org.eldercare.oversight.registry.crosscheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.registry.archive.InstitutionService;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whose desk a verification lead is on (REG-4, REG-3). An open lead is a to-do of its township's officers (or of the
 * supervisors when it could not be placed in a township) with its tracked due date. A verified lead is done; when the
 * township found unfiled care, the REG-3 inspection clock starts from that day: at once for an archived institution,
 * else with a supervisors' to-do to archive the entity, due by the inspection deadline. Runs in the transaction of the
 * lead's change.
 */
@Component
public class LeadTasks {

    /** To-do for the township (or the supervisors): verify a lead on site. */
    static final String LEAD_TASK = "registry.lead";
    /**
     * A township found a registered but unknown entity providing elderly care: supervisors archive it; the REG-3
     * inspection clock runs from the verification. Keyed by the 统一社会信用代码, so creating the archive closes it.
     */
    public static final String FOLLOW_UP_TASK = "registry.lead-follow-up";
    private final TodoBoard todos;
    private final DeadlineTracker deadlines;
    private final RegistrySettings settings;
    private final InstitutionService institutions;

    LeadTasks(TodoBoard todos, DeadlineTracker deadlines, RegistrySettings settings, InstitutionService institutions) {
        this.todos = todos;
        this.deadlines = deadlines;
        this.settings = settings;
        this.institutions = institutions;
    }

    /**
     * The leads of an import batch: their deadlines tracked and their to-dos published a few statements at a time (one per
     * distinct deadline, one for all to-dos), not two per lead.
     */
    @EventListener
    void on(VerificationLead.OpenedInBatch e) {
        Map<Deadline, List<VerificationLead.Opened>> byDue = e.leads().stream()
                .collect(Collectors.groupingBy(VerificationLead.Opened::due, LinkedHashMap::new, Collectors.toList()));
        List<TodoItem> items = new ArrayList<>();
        byDue.forEach((asked, leads) -> {
            Deadline due = deadlines.trackAll(LEAD_TASK, leads.stream().map(l -> String.valueOf(l.leadId())).toList(),
                    asked.from(), asked.workingDays());
            leads.forEach(l -> items.add(new TodoItem(LEAD_TASK, String.valueOf(l.leadId()), l.regionCode(),
                    l.township() ? Role.TOWNSHIP : Role.SUPERVISOR, "核查线索（登记未备案）：" + l.name(), link(l.leadId()),
                    due.deadline(), due.provisional())));
        });
        todos.publishAll(items);
    }

    @EventListener
    void on(VerificationLead.Verified e) {
        String source = String.valueOf(e.leadId());
        todos.complete(LEAD_TASK, source);
        deadlines.untrack(LEAD_TASK, source);
        if (e.result() == VerificationLead.Result.OPERATING_UNFILED) {
            discovered(e);
        }
    }

    /**
     * REG-3: an unfiled institution found providing care is inspected within 20 working days of the discovery. An archived
     * institution gets the discovery recorded (and its inspection task) at once; an unknown one goes to the supervisors
     * to archive, with the same due date.
     */
    private void discovered(VerificationLead.Verified e) {
        if (e.institutionId() != null) {
            institutions.recordDiscoveryUnlessFiled(e.institutionId(), e.verifiedOn());
            return;
        }
        Deadline due = deadlines.track(FOLLOW_UP_TASK, e.uscc(), e.verifiedOn(),
                settings.value(e.regionCode(), RegistrySettings.VERIFICATION_DEADLINE));
        todos.publish(new TodoItem(FOLLOW_UP_TASK, e.uscc(), e.regionCode(), Role.SUPERVISOR,
                "核查发现未备案开展养老服务：" + e.name() + "（" + e.uscc() + "），请建立机构档案并现场检查、督促备案",
                link(e.leadId()), due.deadline(), due.provisional()));
    }

    private static String link(long leadId) {
        return "/registry/leads/" + leadId;
    }
}
