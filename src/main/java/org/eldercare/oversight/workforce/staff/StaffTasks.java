package org.eldercare.oversight.workforce.staff;

import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * WRK-3 notices: an employment flagged by a ban becomes a to-do of the supervisors of its region (see that the person
 * leaves the post) and of the institution's own accounts; ending the employment or revoking the ban completes both.
 * Runs in the transaction of the transition.
 */
@Component
public class StaffTasks {

    /** To-do source type of a flagged employment (source id: the employment). */
    public static final String BANNED_STAFF = "workforce.banned-staff";
    private final TodoBoard todos;
    private final StaffPeople people;
    private final InstitutionRoster roster;

    StaffTasks(TodoBoard todos, StaffPeople people, InstitutionRoster roster) {
        this.todos = todos;
        this.people = people;
        this.roster = roster;
    }

    @EventListener
    void on(Employment.Flagged e) {
        Person p = people.get(e.personId());
        String institution = roster.find(e.institutionId()).map(InstitutionRoster.Entry::name).orElse("机构" + e.institutionId());
        String source = String.valueOf(e.employmentId());
        String link = "/workforce/staff/" + source;
        todos.publish(new TodoItem(BANNED_STAFF, source, e.regionCode(), Role.SUPERVISOR,
                "行业禁入人员在岗：" + p.name() + "（" + p.idNumberMasked() + "）在" + institution + "，禁入期至" + e.banEnd()
                        + "，请督促解除聘用", link, null, false));
        todos.publish(new TodoItem(BANNED_STAFF, source, e.regionCode(), Role.INSTITUTION,
                "员工命中行业禁入：" + p.name() + "（" + p.idNumberMasked() + "），禁入期至" + e.banEnd() + "，须立即调离岗位并解除聘用",
                link, null, false, e.institutionId()));
    }

    @EventListener
    void on(Employment.Ended e) {
        todos.complete(BANNED_STAFF, String.valueOf(e.employmentId()));
    }

    @EventListener
    void on(Employment.Cleared e) {
        todos.complete(BANNED_STAFF, String.valueOf(e.employmentId()));
    }
}
