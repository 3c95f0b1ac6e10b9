package org.eldercare.oversight.inspection.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage to-dos (INS-6, INS-7), refreshed by {@link CoverageJob} daily (and on demand): for each county with service
 * sites not yet inspected on site this year, one to-do for its supervisors; for each township with sites that have had
 * fewer than two 日常巡查 this year, one for the township. Counties and townships without a shortfall get theirs closed.
 * One pass over the sites of the country and one query of the year's visits.
 */
@Component
class CoverageTodos {

    static final String COUNTY_SOURCE = "inspection-coverage";
    static final String TOWNSHIP_SOURCE = "inspection-patrols";
    private final InstitutionRoster roster;
    private final Coverage coverage;
    private final RegionService regions;
    private final TodoBoard todos;
    private final JdbcClient jdbc;
    private final Clock clock;

    CoverageTodos(InstitutionRoster roster, Coverage coverage, RegionService regions, TodoBoard todos, JdbcClient jdbc, Clock clock) {
        this.roster = roster;
        this.coverage = coverage;
        this.regions = regions;
        this.todos = todos;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void refresh() {
        int year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        Region country = regions.find(Region.COUNTRY).orElseThrow();
        Map<Long, int[]> visits = coverage.visits(country, year);
        Map<String, String[]> parents = new HashMap<>();
        jdbc.sql("select r.code, r.level, r.parent_code from region r where r.level >= 3")
                .query(rs -> {
                    parents.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        Map<String, Integer> uninspected = new TreeMap<>();
        Map<String, Integer> fewPatrols = new TreeMap<>();
        roster.forEachInService(Region.COUNTRY, 0L, (id, code) -> {
            int[] v = visits.getOrDefault(id, new int[2]);
            String[] p = parents.get(code);
            boolean township = p != null && Integer.parseInt(p[0]) == Region.TOWNSHIP;
            String county = township ? p[1] : code;
            uninspected.merge(county, v[0] + v[1] == 0 ? 1 : 0, Integer::sum);
            if (township) {
                fewPatrols.merge(code, v[1] < Coverage.TOWNSHIP_TARGET ? 1 : 0, Integer::sum);
            }
            return true;
        });
        publish(COUNTY_SOURCE, Role.SUPERVISOR, year, uninspected, "本年度尚有%d个服务场所未开展现场检查（每年至少1次）");
        publish(TOWNSHIP_SOURCE, Role.TOWNSHIP, year, fewPatrols, "本年度尚有%d个服务场所乡镇巡查不足2次");
    }

    private void publish(String source, Role role, int year, Map<String, Integer> shortfall, String title) {
        List<TodoItem> items = new ArrayList<>();
        shortfall.forEach((region, n) -> {
            String id = region + "-" + year;
            if (n == 0) {
                todos.complete(source, id);
            } else {
                items.add(new TodoItem(source, id, region, role, title.formatted(n),
                        "/inspection/coverage?region=" + region + "&year=" + year, LocalDate.of(year, 12, 31), false));
            }
        });
        todos.publishAll(items);
    }
}
