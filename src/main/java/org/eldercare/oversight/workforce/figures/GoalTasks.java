package org.eldercare.oversight.workforce.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.eldercare.oversight.workforce.staff.Employment;
import org.eldercare.oversight.workforce.staff.StaffPositions;
import org.eldercare.oversight.workforce.training.QualificationRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * WRK-2: an institution whose current staff fall below its region's 岗前培训率 or 养老护理员持证率 gets a to-do for its own
 * accounts, naming the figures and the goals; it is completed once both goals are reached. Re-evaluated whenever the
 * institution hires or ends an employment and whenever a training or certificate of one of its staff is recorded; runs in
 * the transaction of that change.
 */
@Component
public class GoalTasks {

    /** To-do source type (source id: the institution). */
    public static final String BELOW_GOALS = "workforce.staff-goals";
    private final StaffFigures figures;
    private final Goals goals;
    private final InstitutionRoster roster;
    private final StaffPositions positions;
    private final TodoBoard todos;

    GoalTasks(StaffFigures figures, Goals goals, InstitutionRoster roster, StaffPositions positions, TodoBoard todos) {
        this.figures = figures;
        this.goals = goals;
        this.roster = roster;
        this.positions = positions;
        this.todos = todos;
    }

    @EventListener
    void on(Employment.Hired e) {
        evaluate(e.institutionId());
    }

    @EventListener
    void on(Employment.Ended e) {
        evaluate(e.institutionId());
    }

    @EventListener
    void on(QualificationRecorded e) {
        positions.currentInstitutions(e.personId()).forEach(this::evaluate);
    }

    void evaluate(long institutionId) {
        InstitutionRoster.Entry entry = roster.find(institutionId).orElse(null);
        if (entry == null) {
            return;
        }
        StaffFigures.Figures f = figures.institution(entry);
        Map<Goal, Goals.Setting> set = goals.of(entry.regionCode());
        List<String> shortfalls = new ArrayList<>();
        below(f, Goal.PRETRAINING_RATE, f.trainedRate(), set, shortfalls);
        below(f, Goal.CERTIFICATE_RATE, f.certificateRate(), set, shortfalls);
        String source = String.valueOf(institutionId);
        if (shortfalls.isEmpty()) {
            todos.complete(BELOW_GOALS, source);
            return;
        }
        todos.publish(new TodoItem(BELOW_GOALS, source, entry.regionCode(), Role.INSTITUTION,
                "从业人员培训持证未达标：" + String.join("；", shortfalls) + "，请补登培训和证书或组织培训", "/workforce/staff", null, false,
                institutionId));
    }

    private static void below(StaffFigures.Figures f, Goal goal, BigDecimal value, Map<Goal, Goals.Setting> set, List<String> out) {
        Goals.Setting s = set.get(goal);
        if (s != null && Boolean.FALSE.equals(f.meets(goal, s.value()))) {
            out.add(goal.label().replace("（%）", "") + value.toPlainString() + "%（目标"
                    + s.value().stripTrailingZeros().toPlainString() + "%）");
        }
    }
}
