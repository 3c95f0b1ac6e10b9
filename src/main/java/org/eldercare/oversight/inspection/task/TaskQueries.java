package org.eldercare.oversight.inspection.task;

import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The task list (INS-6): in the caller's scope, filtered by state and by due date (due on or before a day), newest first,
 * keyset paged. An institution sees its own tasks once announced (the notice date reached) and its completed ones.
 */
@Component
public class TaskQueries {

    /** A row of the list. */
    public record Row(long id, String kind, String kindLabel, long institutionId, String institutionName, String regionCode,
                      LocalDate visitOn, LocalDate dueOn, LocalDate noticeOn, String state, String stateLabel, boolean overdue) {
    }

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Tasks tasks;

    TaskQueries(JdbcClient jdbc, DataScope scope, Tasks tasks) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.tasks = tasks;
    }

    public ListPage<Row> page(String state, LocalDate dueBy, PageCursor cursor) {
        TaskState s = state == null || state.isBlank() ? null : Labelled.parse(TaskState.class, state, "状态");
        PlatformUser user = PlatformUser.current();
        LocalDate today = tasks.today();
        StringBuilder where = new StringBuilder(" from inspection_task t where ").append(scope.condition("t.region_code"));
        if (s != null) {
            where.append(" and t.state = :state");
        }
        if (dueBy != null) {
            where.append(" and t.due_on <= :dueBy");
        }
        if (user.institutionOnly()) {
            where.append(" and t.institution_id = :institution")
                    .append(" and (t.state = 'COMPLETED' or (t.notice_on <= :today and t.state <> 'CANCELLED'))");
        }
        String base = where.toString();
        return cursor.page(c -> bind(c.bind(jdbc.sql("select t.id, t.kind, t.institution_id, t.institution_name, t.region_code, t.visit_on,"
                        + " t.due_on, t.notice_on, t.state" + base + c.keyCondition("t.id") + c.orderAndLimit("t.id"))),
                        s, dueBy, user, today)
                        .query((rs, n) -> row(rs, today)).list(),
                Row::id, () -> bind(jdbc.sql(ListPage.countSql("select 1" + base)), s, dueBy, user, today).query(Long.class).single());
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, TaskState s, LocalDate dueBy, PlatformUser user, LocalDate today) {
        JdbcClient.StatementSpec b = scope.bind(spec);
        if (s != null) {
            b = b.param("state", s.name());
        }
        if (dueBy != null) {
            b = b.param("dueBy", dueBy);
        }
        if (user.institutionOnly()) {
            b = b.param("institution", user.institutionId() == null ? -1L : user.institutionId()).param("today", today);
        }
        return b;
    }

    private static Row row(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        TaskKind kind = TaskKind.valueOf(rs.getString("kind"));
        TaskState state = TaskState.valueOf(rs.getString("state"));
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        return new Row(rs.getLong("id"), kind.name(), kind.label(), rs.getLong("institution_id"), rs.getString("institution_name"),
                rs.getString("region_code"), rs.getObject("visit_on", LocalDate.class), due, rs.getObject("notice_on", LocalDate.class),
                state.name(), state.label(), state.open() && due.isBefore(today));
    }

    /** The states, for the filter. */
    public static List<TaskState> states() {
        return List.of(TaskState.values());
    }

}
