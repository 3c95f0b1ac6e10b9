package org.eldercare.oversight.inspection.spotcheck;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eldercare.oversight.inspection.spotcheck.DrawAlgorithm.Assignment;
import org.eldercare.oversight.inspection.spotcheck.DrawAlgorithm.Result;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a draw (its record, the selected sites with their names as drawn, the assignments) and reads it back. */
@Component
class DrawStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final InstitutionRoster roster;

    DrawStore(JdbcClient jdbc, JdbcTemplate batch, InstitutionRoster roster) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.roster = roster;
    }

    /** The stored draw of a plan. */
    record Stored(long id, long planId, String seed, String algorithm, String poolHash, String resultHash, int objectCount,
                  int inspectorCount, byte[] snapshot, Instant drawnAt, String drawnBy) {
    }

    long save(long planId, String seed, DrawPool.Encoded pool, DrawPool snapshot, Result result, String by, Instant now) {
        long drawId = jdbc.sql("insert into spot_check_draw (plan_id, seed, algorithm, pool_hash, result_hash, object_count, "
                        + "inspector_count, snapshot, drawn_at, drawn_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(planId, seed, DrawAlgorithm.VERSION, pool.sha256(), result.sha256(), snapshot.objects(),
                        snapshot.inspectorIds.length, pool.gzip(), Timestamp.from(now), by).query(Long.class).single();
        Map<Long, InstitutionRoster.Entry> sites = names(result.selected());
        Set<Long> shortOf = new HashSet<>(result.shortOfInspectors());
        List<Object[]> rows = new ArrayList<>();
        for (long site : result.selected()) {
            InstitutionRoster.Entry e = sites.get(site);
            String region = snapshot.objectRegions[java.util.Arrays.binarySearch(snapshot.objectIds, site)];
            rows.add(new Object[] {drawId, planId, site, e == null ? "（服务场所 " + site + "）" : e.name(), region, shortOf.contains(site)});
        }
        batch.batchUpdate("insert into spot_check_selection (draw_id, plan_id, institution_id, site_name, region_code, "
                + "inspectors_short) values (?, ?, ?, ?, ?, ?)", rows);
        Map<Long, Long> selectionIds = new HashMap<>();
        jdbc.sql("select id, institution_id from spot_check_selection where draw_id = ?").param(drawId)
                .query(rs -> {
                    selectionIds.put(rs.getLong(2), rs.getLong(1));
                });
        List<Object[]> assignments = new ArrayList<>();
        for (Assignment a : result.assignments()) {
            assignments.add(new Object[] {drawId, selectionIds.get(a.institutionId()), a.institutionId(), a.inspectorId(), a.department()});
        }
        batch.batchUpdate("insert into spot_check_assignment (draw_id, selection_id, institution_id, inspector_id, department_code) "
                + "values (?, ?, ?, ?, ?)", assignments);
        return drawId;
    }

    Optional<Stored> find(long planId) {
        return jdbc.sql("select id, plan_id, seed, algorithm, pool_hash, result_hash, object_count, inspector_count, snapshot, "
                + "drawn_at, drawn_by from spot_check_draw where plan_id = ?").param(planId).query(Stored.class).optional();
    }

    private Map<Long, InstitutionRoster.Entry> names(long[] ids) {
        Map<Long, InstitutionRoster.Entry> byId = new HashMap<>();
        List<Long> all = DrawPools.boxed(ids);
        for (int from = 0; from < all.size(); from += InstitutionRoster.MAX_IDS) {
            roster.findAll(all.subList(from, Math.min(all.size(), from + InstitutionRoster.MAX_IDS)))
                    .forEach(e -> byId.put(e.id(), e));
        }
        return byId;
    }
}
