package org.eldercare.oversight.inspection.spotcheck;

import java.time.Clock;
import java.util.Map;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.Departments;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spot-check plans (INS-2): create one in the caller's region, load one in scope, list them. */
@Service
class SpotCheckPlans {

    private final SpotCheckPlanRepository repository;
    private final DataScope scope;
    private final RegionService regions;
    private final Departments departments;
    private final JdbcClient jdbc;
    private final Clock clock;

    SpotCheckPlans(SpotCheckPlanRepository repository, DataScope scope, RegionService regions, Departments departments,
                   JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.scope = scope;
        this.regions = regions;
        this.departments = departments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public SpotCheckPlan create(PlanInput input) {
        String region = input.regionCode() == null || input.regionCode().isBlank()
                ? PlatformUser.current().regionCode() : input.regionCode().trim();
        if (regions.find(region).isEmpty()) {
            throw PlatformException.badRequest("field.invalid", "抽查范围");
        }
        scope.require(region);
        regions.refuseRetired(region, null);
        Map<String, String> known = departments.names();
        if (input.departments() != null) {
            input.departments().stream().filter(d -> d != null && !d.isBlank() && !known.containsKey(d.trim())).findFirst()
                    .ifPresent(d -> {
                        throw PlatformException.badRequest("field.invalid", "检查部门");
                    });
        }
        PlanInput scoped = new PlanInput(input.title(), region, input.items(), input.ratioPercent(), input.count(),
                input.windowStart(), input.windowEnd(), input.departments(), input.inspectorsPerDepartment(), input.weights(),
                input.combination());
        return repository.save(SpotCheckPlan.create(scoped, PlatformUser.current().username(), clock.instant()));
    }

    /** The plan if it lies in the caller's scope; 404 otherwise (a sibling county's plan does not exist for the caller). */
    @Transactional(readOnly = true)
    public SpotCheckPlan load(long id) {
        SpotCheckPlan plan = repository.findById(id).orElseThrow(() -> PlatformException.notFound("inspection.spotcheck.planNotFound"));
        scope.require(plan.regionCode());
        return plan;
    }

    /** A plan in a list. */
    record Row(long id, String title, String regionCode, String regionName, String state, java.time.LocalDate windowStart,
               java.time.LocalDate windowEnd, String departments) {

        public String stateLabel() {
            return PlanState.valueOf(state).label();
        }
    }

    @Transactional(readOnly = true)
    public ListPage<Row> page(PageCursor cursor) {
        String select = "select p.id, p.title, p.region_code, r.name as region_name, p.state, p.window_start, p.window_end, "
                + "p.departments from spot_check_plan p join region r on r.code = p.region_code where ";
        String where = scope.condition("p.region_code");
        return cursor.page(p -> scope.bind(p.bind(jdbc.sql(select + where + p.keyCondition("p.id") + p.orderAndLimit("p.id"))))
                        .query(Row.class).list(), Row::id,
                () -> scope.bind(jdbc.sql(ListPage.countSql("select 1 from spot_check_plan p where " + where))).query(Long.class)
                        .single());
    }

    Map<String, String> departmentNames() {
        return departments.names();
    }
}
