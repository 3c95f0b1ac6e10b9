package org.eldercare.oversight.workforce.figures;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional goals as data (WRK-2, WRK-5): presets on the whole country (000000), a value set on a region applies to it
 * and everything below until a nearer region sets its own. A supervisor sets or clears the values of a region in scope;
 * the row keeps who set it and when, and the request is audited like every write.
 */
@Service
public class Goals {

    private static final String ROOT = "000000";
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final Clock clock;

    Goals(JdbcClient jdbc, DataScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** A goal's value for a region and where it comes from. */
    public record Setting(Goal goal, BigDecimal value, String sourceCode, String sourceName, boolean ownValue, String setBy,
                          Instant setAt) {
    }

    /** The goals that apply to {@code regionCode}: for each, the value of the nearest region at or above it. */
    public Map<Goal, Setting> of(String regionCode) {
        Map<Goal, Setting> found = new EnumMap<>(Goal.class);
        jdbc.sql("""
                select s.key, s.value, sr.code, sr.name, s.set_by, s.set_at
                from workforce_setting s join region sr on sr.code = s.region_code
                where (select path from region where code = :region) like sr.path || '%' order by sr.level desc""")
                .param("region", regionCode).query(rs -> {
                    Goal g = Goal.ofKey(rs.getString("key"));
                    if (g != null && !found.containsKey(g)) {
                        Timestamp at = rs.getTimestamp("set_at");
                        found.put(g, new Setting(g, rs.getBigDecimal("value"), rs.getString("code"), rs.getString("name"),
                                rs.getString("code").equals(regionCode), rs.getString("set_by"), at == null ? null : at.toInstant()));
                    }
                });
        return found;
    }

    public BigDecimal value(String regionCode, Goal goal) {
        Setting s = of(regionCode).get(goal);
        return s == null ? null : s.value();
    }

    /** Sets a goal on a region in scope: a number from 0 to the goal's maximum, at most two decimals. */
    @Transactional
    public void set(String regionCode, String goalName, BigDecimal value) {
        Caller caller = requireSupervisor();
        scope.require(regionCode);
        Goal goal = Labelled.parse(Goal.class, goalName, "指标");
        if (value == null || value.signum() < 0 || value.compareTo(goal.max()) > 0 || value.scale() > 2) {
            throw PlatformException.badRequest("workforce.goal.invalid", goal.label(), goal.max().toPlainString());
        }
        jdbc.sql("""
                insert into workforce_setting (region_code, key, value, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (region_code, key) do update set value = excluded.value, set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(regionCode, goal.key(), value, caller.name(), Timestamp.from(Instant.now(clock))).update();
    }

    /** Removes a region's own value so it inherits again; the national presets stay. */
    @Transactional
    public void clear(String regionCode, String goalName) {
        requireSupervisor();
        scope.require(regionCode);
        Goal goal = Labelled.parse(Goal.class, goalName, "指标");
        if (ROOT.equals(regionCode)) {
            throw PlatformException.badRequest("workforce.goal.presetStays");
        }
        jdbc.sql("delete from workforce_setting where region_code = ? and key = ?").params(regionCode, goal.key()).update();
    }

    public List<Goal> all() {
        return List.of(Goal.values());
    }

    private static Caller requireSupervisor() {
        Caller caller = Caller.current();
        if (!caller.supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
        return caller;
    }
}
