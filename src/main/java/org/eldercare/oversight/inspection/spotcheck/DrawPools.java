package org.eldercare.oversight.inspection.spotcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.inspection.RiskSignals;
import org.eldercare.oversight.inspection.RiskSignals.Signal;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes both pools of a plan as they stand now (INS-1): the service sites in service under the plan's region, streamed by
 * the registry in id order into primitive arrays, weighted from every {@link RiskSignals} bean; the active inspectors with
 * a valid credential of the plan's departments in its region; their declared conflicts; and the assignments of the draws
 * before {@code beforeDrawId}. One query per pool, never one per row.
 */
@Component
class DrawPools {

    private static final String INSPECTORS_IN_POOL = "from inspector i join region r on r.code = i.region_code "
            + "where r.path like :path and i.active and (i.credential_valid_until is null or i.credential_valid_until >= :today) "
            + "and i.department_code in (:departments)";
    private final InstitutionRoster roster;
    private final ObjectProvider<RiskSignals> signals;
    private final RegionService regions;
    private final JdbcClient jdbc;
    private final Clock clock;

    DrawPools(InstitutionRoster roster, ObjectProvider<RiskSignals> signals, RegionService regions, JdbcClient jdbc, Clock clock) {
        this.roster = roster;
        this.signals = signals;
        this.regions = regions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    DrawPool snapshot(SpotCheckPlan plan, long beforeDrawId) {
        Region region = regions.find(plan.regionCode()).orElseThrow();
        Map<Long, Set<Signal>> risks = risks(region.path());
        Objects objects = new Objects();
        roster.forEachInService(plan.regionCode(), 0L, (id, regionCode) -> {
            Set<Signal> s = risks.get(id);
            objects.add(id, regionCode, s == null ? 1 : plan.weightCombination().combine(s, plan::weightOf));
            return true;
        });
        Map<String, Object> params = Map.of("path", region.path() + "%", "today", LocalDate.now(clock.withZone(ClockConfiguration.ZONE)),
                "departments", plan.departments(), "before", beforeDrawId);
        List<Object[]> inspectors = jdbc.sql("select i.id, i.department_code, i.home_township_code " + INSPECTORS_IN_POOL
                + " order by i.id").params(params).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}).list();
        long[][] conflicts = jdbc.sql("select c.inspector_id, c.institution_id from inspector_conflict c where c.inspector_id in "
                + "(select i.id " + INSPECTORS_IN_POOL + ")").params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().toArray(long[][]::new);
        long[][] history = jdbc.sql("select a.inspector_id, a.institution_id, count(*) from spot_check_assignment a "
                + "where a.draw_id < :before and a.inspector_id in (select i.id " + INSPECTORS_IN_POOL + ") group by 1, 2")
                .params(params).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list()
                .toArray(long[][]::new);
        return new DrawPool(objects.ids(), objects.weights(), objects.regions(),
                inspectors.stream().mapToLong(r -> (Long) r[0]).toArray(),
                inspectors.stream().map(r -> (String) r[1]).toArray(String[]::new),
                inspectors.stream().map(r -> (String) r[2]).toArray(String[]::new), conflicts, history);
    }

    private Map<Long, Set<Signal>> risks(String path) {
        Map<Long, Set<Signal>> merged = new HashMap<>();
        signals.orderedStream().forEach(source -> source.signalsUnder(path).forEach((site, set) -> {
            if (set != null && !set.isEmpty()) {
                merged.computeIfAbsent(site, k -> EnumSet.noneOf(Signal.class)).addAll(set);
            }
        }));
        return merged;
    }

    /** Growing primitive arrays; region codes shared (one String per distinct code). */
    private static final class Objects {
        private long[] ids = new long[1024];
        private int[] weights = new int[1024];
        private String[] regions = new String[1024];
        private final Map<String, String> codes = new HashMap<>();
        private int size;

        void add(long id, String region, int weight) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
                regions = Arrays.copyOf(regions, size * 2);
            }
            ids[size] = id;
            weights[size] = weight;
            regions[size++] = codes.computeIfAbsent(region, c -> c);
        }

        long[] ids() {
            return Arrays.copyOf(ids, size);
        }

        int[] weights() {
            return Arrays.copyOf(weights, size);
        }

        String[] regions() {
            return Arrays.copyOf(regions, size);
        }
    }

    static List<Long> boxed(long[] ids) {
        List<Long> list = new ArrayList<>(ids.length);
        for (long id : ids) {
            list.add(id);
        }
        return list;
    }
}
