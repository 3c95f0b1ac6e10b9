package org.eldercare.oversight.todo;

import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eldercare.oversight.common.Total;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.Breakdown;
import org.eldercare.oversight.region.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publish, complete and list to-do items. */
@Service
public class TodoBoard {

    static final int TITLE_MAX = 200;

    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    TodoBoard(JdbcClient jdbc, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** Publishes the item, or updates and reopens the one with the same source and role. */
    @Transactional
    public void publish(TodoItem item) {
        jdbc.sql("""
                insert into todo_item (source_type, source_id, region_code, role, title, link, due_date, provisional,
                                       institution_id, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (source_type, source_id, role) do update set region_code = excluded.region_code,
                    title = excluded.title, link = excluded.link, due_date = excluded.due_date,
                    provisional = excluded.provisional, institution_id = excluded.institution_id,
                    status = excluded.status, done_at = null""")
                .params(item.sourceType(), item.sourceId(), item.regionCode(), item.role().name(), shortTitle(item.title()), item.link(),
                        item.dueDate() == null ? null : Date.valueOf(item.dueDate()), item.provisional(), item.institutionId(),
                        TodoStatus.OPEN.name())
                .update();
    }

    /**
     * {@link #publish} for a batch of items (a file's worth of new tasks): one statement, whatever their number. The
     * items must name distinct (source, role) pairs.
     */
    @Transactional
    public void publishAll(List<TodoItem> items) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into todo_item (source_type, source_id, region_code, role, title, link, due_date, provisional,
                                       institution_id, status)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                     ?::date[], ?::boolean[], ?::bigint[], ?::varchar[])
                on conflict (source_type, source_id, role) do update set region_code = excluded.region_code,
                    title = excluded.title, link = excluded.link, due_date = excluded.due_date,
                    provisional = excluded.provisional, institution_id = excluded.institution_id,
                    status = excluded.status, done_at = null""")
                .params(column(items, TodoItem::sourceType), column(items, TodoItem::sourceId), column(items, TodoItem::regionCode),
                        column(items, i -> i.role().name()), column(items, i -> shortTitle(i.title())), column(items, TodoItem::link),
                        column(items, i -> i.dueDate() == null ? null : i.dueDate().toString()),
                        items.stream().map(TodoItem::provisional).toArray(Boolean[]::new),
                        items.stream().map(TodoItem::institutionId).toArray(Long[]::new),
                        column(items, i -> TodoStatus.OPEN.name()))
                .update();
    }

    private static String[] column(List<TodoItem> items, Function<TodoItem, String> value) {
        return items.stream().map(value).toArray(String[]::new);
    }

    /** Marks every role's entry for that source done. */
    @Transactional
    public void complete(String sourceType, String sourceId) {
        jdbc.sql("update todo_item set status = :done, done_at = now() "
                        + "where source_type = :sourceType and source_id = :sourceId and status = :open")
                .param("done", TodoStatus.DONE.name()).param("open", TodoStatus.OPEN.name())
                .param("sourceType", sourceType).param("sourceId", sourceId)
                .update();
    }

    public record Entry(long id, String title, String link, LocalDate dueDate, boolean provisional, String regionCode,
                        String regionName, String role, boolean overdue) {
    }

    /**
     * Open items for any of {@code roles} in the caller's region and below, soonest due first. Items addressed to an
     * institution are included only for an account linked to that same institution ({@code institutionId}).
     */
    public List<Entry> openFor(Collection<Role> roles, Long institutionId, int limit) {
        if (roles.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return scope.bind(jdbc.sql("select t.id, t.title, t.link, t.due_date, t.provisional, t.region_code, "
                        + "r.name as region_name, t.role, (t.due_date is not null and t.due_date < :today) as overdue "
                        + "from todo_item t join region r on r.code = t.region_code "
                        + "where t.status = :open and t.role in (:roles) and " + scope.condition("t.region_code")
                        + " and (t.institution_id is null or t.institution_id = :institution)"
                        + " order by t.due_date nulls last, t.id limit :limit")
                        .param("today", Date.valueOf(today)).param("roles", roles.stream().map(Role::name).toList())
                        .param("open", TodoStatus.OPEN.name())
                        .param("institution", institutionId, Types.BIGINT).param("limit", limit))
                .query(Entry.class).list();
    }

    /**
     * How many open items of {@code sourceTypes} are past their due date, per child region of the breakdown (its code to
     * the count; a child without any is absent), within the caller's scope: one aggregate query. An item published for
     * several roles counts once.
     */
    public Map<String, Integer> overdueByChild(Breakdown breakdown, Collection<String> sourceTypes) {
        Map<String, Integer> counts = new HashMap<>();
        if (sourceTypes.isEmpty()) {
            return counts;
        }
        breakdown.bind(scope.bind(jdbc.sql("select " + breakdown.childOf("r.path") + " as child, "
                        + "count(distinct (t.source_type, t.source_id)) as overdue "
                        + "from todo_item t join region r on r.code = t.region_code "
                        + "where t.status = :open and t.source_type in (:types) and t.due_date < :today and "
                        + scope.condition("t.region_code") + " and " + breakdown.within("r.path") + " group by 1")))
                .param("open", TodoStatus.OPEN.name()).param("types", List.copyOf(sourceTypes))
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query(rs -> {
                    counts.put(rs.getString("child"), rs.getInt("overdue"));
                });
        return counts;
    }

    /**
     * How many items {@link #openFor} would list without a limit, counted up to {@link Total#CAP}: the workbench shows the
     * real number (“99+” on the badge), not the length of the list it shows.
     */
    public Total countOpenFor(Collection<Role> roles, Long institutionId) {
        if (roles.isEmpty()) {
            return Total.of(0);
        }
        return Total.of(scope.bind(jdbc.sql(Total.countSql("select 1 from todo_item t where t.status = :open and t.role in (:roles) and "
                        + scope.condition("t.region_code") + " and (t.institution_id is null or t.institution_id = :institution)"))
                        .param("roles", roles.stream().map(Role::name).toList()).param("open", TodoStatus.OPEN.name())
                        .param("institution", institutionId, Types.BIGINT))
                .query(Long.class).single());
    }

    /** Titles name institutions, whose names may be long: a title longer than the column is cut, never refused. */
    static String shortTitle(String title) {
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 1) + "…";
    }
}
