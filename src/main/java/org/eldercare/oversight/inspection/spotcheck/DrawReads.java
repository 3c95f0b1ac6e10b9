package org.eldercare.oversight.inspection.spotcheck;

import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.Departments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a plan's draw with its selected sites, tasks, results and assignments (officials' view, names of inspectors included). */
@Component
class DrawReads {

    private final DrawStore store;
    private final JdbcClient jdbc;
    private final Departments departments;
    private final Messages messages;

    DrawReads(DrawStore store, JdbcClient jdbc, Departments departments, Messages messages) {
        this.store = store;
        this.jdbc = jdbc;
        this.departments = departments;
        this.messages = messages;
    }

    DrawView view(SpotCheckPlan plan) {
        DrawStore.Stored d = store.find(plan.id()).orElseThrow(() -> PlatformException.notFound("inspection.spotcheck.notDrawn"));
        String pending = messages.get("inspection.spotcheck.task.pending");
        List<DrawView.Selected> selected = jdbc.sql("select s.institution_id, s.site_name, s.region_code, r.name, s.task_id, "
                        + "s.inspectors_short, s.completed_on, s.items_checked, s.items_failed from spot_check_selection s "
                        + "join region r on r.code = s.region_code where s.draw_id = ? order by s.institution_id").param(d.id())
                .query((rs, n) -> {
                    Long task = (Long) rs.getObject(5);
                    return new DrawView.Selected(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), task,
                            task == null ? pending : messages.get("inspection.spotcheck.task.opened", task), rs.getBoolean(6),
                            rs.getObject(7, java.time.LocalDate.class), (Integer) rs.getObject(8), (Integer) rs.getObject(9));
                }).list();
        Map<String, String> names = departments.names();
        List<DrawView.Assigned> assigned = jdbc.sql("select a.institution_id, s.site_name, a.department_code, a.inspector_id, i.name "
                        + "from spot_check_assignment a join spot_check_selection s on s.id = a.selection_id "
                        + "join inspector i on i.id = a.inspector_id where a.draw_id = ? "
                        + "order by a.institution_id, a.department_code, a.id")
                .param(d.id()).query((rs, n) -> new DrawView.Assigned(rs.getLong(1), rs.getString(2), rs.getString(3),
                        names.getOrDefault(rs.getString(3), rs.getString(3)), rs.getLong(4), rs.getString(5))).list();
        return new DrawView(plan.id(), d.seed(), d.algorithm(), d.poolHash(), d.resultHash(), d.objectCount(), d.inspectorCount(),
                d.drawnAt(), d.drawnBy(), selected, assigned);
    }
}
