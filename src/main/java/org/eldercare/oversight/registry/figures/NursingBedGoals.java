package org.eldercare.oversight.registry.figures;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.Breakdown;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.archive.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EVAL-3 护理型床位占比目标, a per-region setting in percent: preset 60 for the whole country (55 for 晋中, seed table), a
 * region without its own value inherits that of its nearest ancestor. A supervisor sets or clears the value of a region
 * within his scope; the request is audited like every write, the row keeps who set it and when.
 */
@Service
public class NursingBedGoals {

    public static final String KEY = "nursing.beds.goal.percent";
    private static final String ROOT = "000000";
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final RegionService regions;
    private final Clock clock;

    NursingBedGoals(JdbcClient jdbc, DataScope scope, RegionService regions, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
    }

    /** A region's goal: {@code percent} as set on {@code sourceCode} (the region itself when {@code ownValue}). */
    public record Goal(String regionCode, String regionName, int level, int percent, String sourceCode, String sourceName,
                       boolean ownValue, String setBy, Instant setAt) {
    }

    private static final String SELECT = """
            select c.code as region_code, c.name as region_name, c.level, g.value as percent, g.code as source_code,
                   g.name as source_name, g.code = c.code as own_value, g.set_by, g.set_at
            from region c cross join lateral (
                select s.value, s.set_by, s.set_at, sr.code, sr.name from registry_setting s join region sr on sr.code = s.region_code
                where s.key = :key and c.path like sr.path || '%' order by sr.level desc limit 1) g
            where\s""";

    /** The goals of {@code regionCode} (the caller's region when null) and of its child regions; 404 outside the scope. */
    @Transactional(readOnly = true)
    public List<Goal> list(String regionCode) {
        Breakdown b = breakdown(regionCode);
        return scope.bind(jdbc.sql(SELECT + "(c.code = :own or c.parent_code = :own) and " + scope.condition("c.code")
                        + " order by c.level, c.code"))
                .param("key", KEY).param("own", b.region().code()).query(Goal.class).list();
    }

    /** The goal of the breakdown's region and of each child region, by code. */
    Map<String, Integer> of(Breakdown b) {
        Map<String, Integer> goals = new HashMap<>();
        scope.bind(jdbc.sql(SELECT + "(c.code = :own or c.parent_code = :own) and " + scope.condition("c.code")))
                .param("key", KEY).param("own", b.region().code())
                .query(rs -> {
                    goals.put(rs.getString("region_code"), rs.getInt("percent"));
                });
        return goals;
    }

    /** Sets the region's own goal: 400 unless a whole percentage 1–100, 404 outside the caller's scope. */
    @Transactional
    public Goal set(String regionCode, Integer percent) {
        if (percent == null || percent < 1 || percent > 100) {
            throw PlatformException.badRequest("registry.nursingGoal.invalid");
        }
        scope.require(regionCode);
        jdbc.sql("""
                insert into registry_setting (region_code, key, value, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (region_code, key) do update set value = excluded.value, set_by = excluded.set_by,
                    set_at = excluded.set_at""")
                .params(regionCode, KEY, percent, Caller.current().name(), Timestamp.from(Instant.now(clock))).update();
        return goal(regionCode);
    }

    /** Removes the region's own goal, so it inherits its nearest ancestor's again; the national preset stays (400). */
    @Transactional
    public Goal clear(String regionCode) {
        scope.require(regionCode);
        if (ROOT.equals(regionCode)) {
            throw PlatformException.badRequest("registry.nursingGoal.presetStays");
        }
        jdbc.sql("delete from registry_setting where region_code = ? and key = ?").params(regionCode, KEY).update();
        return goal(regionCode);
    }

    private Goal goal(String regionCode) {
        return scope.bind(jdbc.sql(SELECT + "c.code = :code and " + scope.condition("c.code")))
                .param("key", KEY).param("code", regionCode).query(Goal.class).single();
    }

    private Breakdown breakdown(String regionCode) {
        return regions.breakdownInScope(regionCode)
                .orElseThrow(() -> PlatformException.notFound("region.notInScope", regionCode == null ? "" : regionCode));
    }
}
