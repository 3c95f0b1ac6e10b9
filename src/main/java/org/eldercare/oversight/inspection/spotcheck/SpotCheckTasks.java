package org.eldercare.oversight.inspection.spotcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.inspection.InspectionRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After a draw, each selected site becomes a 双随机抽查 task (kind RANDOM) with its assigned inspectors, due at the end of the
 * plan's window, through {@link InspectionRequests} — if the task part of the module is there; otherwise (or if it refuses
 * one) the site keeps its assignment and shows 待生成检查任务. Runs in the draw's transaction.
 */
@Component
class SpotCheckTasks {

    private static final Logger log = LoggerFactory.getLogger(SpotCheckTasks.class);
    private final ObjectProvider<InspectionRequests> requests;
    private final SpotCheckPlanRepository plans;
    private final JdbcClient jdbc;

    SpotCheckTasks(ObjectProvider<InspectionRequests> requests, SpotCheckPlanRepository plans, JdbcClient jdbc) {
        this.requests = requests;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SpotCheckPlan.Drawn drawn) {
        InspectionRequests tasks = requests.getIfAvailable();
        if (tasks == null) {
            return;
        }
        SpotCheckPlan plan = plans.findById(drawn.planId()).orElseThrow();
        Map<Long, List<Long>> teams = new HashMap<>();
        jdbc.sql("select institution_id, inspector_id from spot_check_assignment where draw_id = ? order by id").param(drawn.drawId())
                .query(rs -> {
                    teams.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        List<long[]> sites = jdbc.sql("select id, institution_id from spot_check_selection where draw_id = ? order by institution_id")
                .param(drawn.drawId()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] site : sites) {
            try {
                long task = tasks.open(new InspectionRequests.Request("RANDOM", site[1], teams.getOrDefault(site[1], List.of()),
                        plan.windowEnd(), plan.windowStart(), "spot-check-plan", String.valueOf(plan.id()),
                        "双随机抽查：" + plan.title(), plan.drawnBy()));
                jdbc.sql("update spot_check_selection set task_id = ? where id = ?").params(task, site[0]).update();
            } catch (PlatformException e) {
                log.warn("spot-check plan {}: no task for site {} ({}); it stays 待生成检查任务", plan.id(), site[1], e.code());
            }
        }
    }
}
