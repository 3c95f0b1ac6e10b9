package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.calendar.DeadlineTracker;
import org.eldercare.oversight.registry.archive.Institution;
import org.eldercare.oversight.registry.archive.InstitutionRepository;
import org.eldercare.oversight.registry.archive.RegistrySettings;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whose desk a filing is on (REG-2, REG-3). A draft or a returned filing is a to-do of the institution's own accounts;
 * an initial draft is due by the REG-3 filing deadline (10 working days after the first admission, a per-region
 * setting), tracked so it follows a newly loaded holiday year. A submitted filing is a to-do of the supervisors of its
 * filing authority and above.
 * Runs in the transaction of the transition, so a filing never changes hands without its to-do.
 */
@Component
public class FilingTasks {

    /** To-do for the institution: a draft to complete or a returned filing to correct. */
    public static final String INSTITUTION_TASK = "registry.filing-institution";
    /** To-do for the region's supervisors: a submitted filing awaiting the bureau's decision. */
    public static final String REVIEW_TASK = "registry.filing-review";
    private final TodoBoard todos;
    private final DeadlineTracker deadlines;
    private final InstitutionRepository institutions;
    private final RegistrySettings settings;

    FilingTasks(TodoBoard todos, DeadlineTracker deadlines, InstitutionRepository institutions, RegistrySettings settings) {
        this.todos = todos;
        this.deadlines = deadlines;
        this.institutions = institutions;
        this.settings = settings;
    }

    @EventListener
    void on(Filing.Drafted e) {
        Institution inst = institution(e.institutionId());
        String source = String.valueOf(e.filingId());
        Deadline due = e.kind() == Filing.Kind.INITIAL && e.firstAdmissionDate() != null
                ? deadlines.track(INSTITUTION_TASK, source, e.firstAdmissionDate(),
                        settings.value(inst.regionCode(), RegistrySettings.FILING_DEADLINE))
                : null;
        todos.publish(new TodoItem(INSTITUTION_TASK, source, inst.regionCode(), Role.INSTITUTION,
                "继续办理" + e.kind().label() + "：" + inst.name() + "（草稿，尚未提交）", link(source),
                due == null ? null : due.deadline(), due != null && due.provisional(), inst.id()));
    }

    @EventListener
    void on(Filing.Submitted e) {
        Institution inst = institution(e.institutionId());
        String source = String.valueOf(e.filingId());
        todos.complete(INSTITUTION_TASK, source);
        deadlines.untrack(INSTITUTION_TASK, source);
        // on the desk of the filing authority (REG-3) and the bureaus above it; an institution's county does not decide a
        // filing that goes to the prefecture
        todos.publish(new TodoItem(REVIEW_TASK, source, e.authorityCode() == null ? inst.regionCode() : e.authorityCode(),
                Role.SUPERVISOR,
                e.kind().label() + "待审核：" + inst.name() + "（" + e.submittedOn() + " 提交" + (e.late() ? "，逾期备案" : "") + "）",
                link(source), null, false));
    }

    @EventListener
    void on(Filing.Accepted e) {
        todos.complete(REVIEW_TASK, String.valueOf(e.filingId()));
    }

    @EventListener
    void on(Filing.Returned e) {
        Institution inst = institution(e.institutionId());
        String source = String.valueOf(e.filingId());
        todos.complete(REVIEW_TASK, source);
        String reason = e.reasons().length() > 60 ? e.reasons().substring(0, 60) + "…" : e.reasons();
        todos.publish(new TodoItem(INSTITUTION_TASK, source, inst.regionCode(), Role.INSTITUTION,
                e.kind().label() + "被退回补正：" + inst.name() + "（" + reason + "）", link(source), null, false, inst.id()));
    }

    private Institution institution(long id) {
        return institutions.findById(id).orElseThrow();
    }

    private static String link(String filingId) {
        return "/registry/filings/" + filingId;
    }
}
