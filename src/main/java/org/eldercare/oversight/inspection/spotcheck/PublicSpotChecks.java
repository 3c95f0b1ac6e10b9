package org.eldercare.oversight.inspection.spotcheck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.identity.Departments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一公开 (INS-4): every drawn plan with its selected sites (name, region) and each site's result once its record is signed,
 * to be published within {@code eldercare.inspection.spot-check.result-publication-working-days} (preset 20) working days
 * of the inspection — shown as soon as it is recorded, with that date. The seed, algorithm and hashes are public so anyone
 * can check the draw. No personal data: departments, never inspectors' names; no account names.
 */
@Component
class PublicSpotChecks {

    private final JdbcClient jdbc;
    private final Departments departments;
    private final WorkingDayCalendar calendar;
    private final int publicationDays;

    PublicSpotChecks(JdbcClient jdbc, Departments departments, WorkingDayCalendar calendar,
                     @Value("${eldercare.inspection.spot-check.result-publication-working-days:20}") int publicationDays) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.calendar = calendar;
        this.publicationDays = publicationDays;
    }

    public record PublicPlan(long planId, String title, String regionName, LocalDate windowStart, LocalDate windowEnd,
                             List<String> departments, boolean joint, Instant drawnAt, String algorithm, String seed,
                             String poolHash, String resultHash, List<PublicSite> selected) {
    }

    /** A selected site; {@code result} null until the inspection's record is signed. */
    public record PublicSite(String siteName, String regionName, PublicResult result) {
    }

    public record PublicResult(LocalDate inspectedOn, int itemsChecked, int itemsFailed, String conclusion, LocalDate publishBy) {
    }

    private record PlanRow(long id, String title, String regionName, LocalDate windowStart, LocalDate windowEnd, String departments,
                           Instant drawnAt, String algorithm, String seed, String poolHash, String resultHash) {
    }

    @Transactional(readOnly = true)
    public ListPage<PublicPlan> page(PageCursor cursor) {
        String select = "select p.id, p.title, r.name as region_name, p.window_start, p.window_end, p.departments, p.drawn_at, "
                + "d.algorithm, d.seed, d.pool_hash, d.result_hash from spot_check_plan p join region r on r.code = p.region_code "
                + "join spot_check_draw d on d.plan_id = p.id where p.state = 'DRAWN' ";
        ListPage<PlanRow> rows = cursor.page(p -> p.bind(jdbc.sql(select + p.keyCondition("p.id") + p.orderAndLimit("p.id")))
                        .query(PlanRow.class).list(), PlanRow::id,
                () -> jdbc.sql(ListPage.countSql("select 1 from spot_check_plan p where p.state = 'DRAWN'")).query(Long.class).single());
        Map<Long, List<PublicSite>> sites = sites(rows.items().stream().map(PlanRow::id).toList());
        Map<String, String> names = departments.names();
        List<PublicPlan> plans = rows.items().stream().map(r -> new PublicPlan(r.id(), r.title(), r.regionName(), r.windowStart(),
                r.windowEnd(), Arrays.stream(r.departments().split(",")).map(d -> names.getOrDefault(d, d)).toList(),
                r.departments().contains(","), r.drawnAt(), r.algorithm(), r.seed(), r.poolHash(), r.resultHash(),
                sites.getOrDefault(r.id(), List.of()))).toList();
        return new ListPage<>(plans, rows.nextCursor(), rows.previousCursor(), rows.total(), rows.totalCapped());
    }

    private Map<Long, List<PublicSite>> sites(List<Long> planIds) {
        Map<Long, List<PublicSite>> byPlan = new LinkedHashMap<>();
        if (planIds.isEmpty()) {
            return byPlan;
        }
        jdbc.sql("select s.plan_id, s.site_name, r.name, s.completed_on, s.items_checked, s.items_failed from spot_check_selection s "
                        + "join region r on r.code = s.region_code where s.plan_id in (:plans) order by s.plan_id, s.institution_id")
                .param("plans", planIds).query(rs -> {
                    LocalDate on = rs.getObject(4, LocalDate.class);
                    byPlan.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PublicSite(rs.getString(2), rs.getString(3),
                            on == null ? null : result(on, rs.getInt(5), rs.getInt(6))));
                });
        return byPlan;
    }

    PublicResult result(LocalDate on, int checked, int failed) {
        String conclusion = failed == 0 ? "未发现问题" : "发现问题" + failed + "项，责令整改";
        return new PublicResult(on, checked, failed, conclusion, calendar.deadline(on, publicationDays).deadline());
    }
}
