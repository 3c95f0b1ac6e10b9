package org.eldercare.oversight.registry.archive;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.identity.DisplayNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The versioned change history of an institution's archive (REG-1): who changed which field from what to what. */
@Component
public class InstitutionHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final DisplayNames names;

    InstitutionHistory(JdbcClient jdbc, DisplayNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** One history entry; {@code fields} is what changed, newest entries first in {@link #of}. */
    /** {@code changedByName}: the display name of who changed it (the account name when it is no account). */
    public record Change(Instant changedAt, String changedBy, String changedByName, ChangeAction action, List<FieldChange> fields) {
        public String actionLabel() {
            return action.label();
        }
    }

    /** One field's value before and after, as the user read it ("—" for nothing, 是/否 for yes and no). */
    public record FieldChange(String field, String before, String after) {
    }

    /** Records a change: {@code changes} maps a field label to its value before and after. */
    public void record(long institutionId, ChangeAction action, Map<String, Object[]> changes, String by, Instant now) {
        Map<String, Map<String, Object>> json = new LinkedHashMap<>();
        changes.forEach((field, beforeAfter) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("before", beforeAfter[0]);
            m.put("after", beforeAfter[1]);
            json.put(field, m);
        });
        jdbc.sql("insert into institution_change (institution_id, changed_at, changed_by, action, changes) values (?, ?, ?, ?, ?)")
                .params(institutionId, Timestamp.from(now), by, action.name(), JSON.writeValueAsString(json)).update();
    }

    /** The history of one institution, newest first (the caller has checked that it may read the institution). */
    List<Change> of(long institutionId) {
        List<Change> changes = jdbc.sql("select changed_at, changed_by, action, changes from institution_change "
                        + "where institution_id = ? order by id desc")
                .param(institutionId).query((rs, n) -> new Change(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        null, ChangeAction.valueOf(rs.getString("action")), fields(rs.getString("changes")))).list();
        Map<String, String> shown = names.of(changes.stream().map(Change::changedBy).toList());
        return changes.stream().map(c -> new Change(c.changedAt(), c.changedBy(), shown.getOrDefault(c.changedBy(), c.changedBy()),
                c.action(), c.fields())).toList();
    }

    private static List<FieldChange> fields(String json) {
        List<FieldChange> list = new ArrayList<>();
        JSON.readTree(json).properties().forEach(e -> list.add(new FieldChange(e.getKey(),
                text(e.getValue().get("before")), text(e.getValue().get("after")))));
        return list;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return "—";
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? "是" : "否";
        }
        return n.asString();
    }
}
