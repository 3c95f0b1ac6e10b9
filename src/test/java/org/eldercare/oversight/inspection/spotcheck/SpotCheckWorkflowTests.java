package org.eldercare.oversight.inspection.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.disclosure.PublicSections;
import org.eldercare.oversight.inspection.InspectionCompleted;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** INS-1 … INS-4 through the API: plan, draw, verify, region scope, the public list and results from completed inspections. */
class SpotCheckWorkflowTests extends SpotCheckFixtures {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    List<PublicSections> sections;

    private record World(String county, String supervisor, String t1, String t2, List<Long> sites, List<Long> inspectors, long conflicted,
                         long conflictSite, long local) {
    }

    /** Twelve sites in two townships; six 民政 inspectors, one living in t1, one with a declared conflict; two 消防 inspectors. */
    private World world() {
        String county = county();
        String sup = supervisor(county);
        String t1 = township(county);
        String t2 = township(county);
        List<Long> sites = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sites.add(site(i % 2 == 0 ? t1 : t2, "抽查养老院" + t1 + "-" + i));
        }
        List<Long> inspectors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inspectors.add(inspector("检查员" + t1 + "-" + i, "CIVIL_AFFAIRS", county, null));
        }
        long local = inspector("本镇检查员" + t1, "CIVIL_AFFAIRS", county, t1);
        long conflicted = inspector("回避检查员" + t1, "CIVIL_AFFAIRS", county, null);
        inspectors.add(local);
        inspectors.add(conflicted);
        for (long site : sites) {
            conflict(conflicted, site);
        }
        inspectors.add(inspector("消防员甲" + t1, "FIRE_RESCUE", county, null));
        inspectors.add(inspector("消防员乙" + t1, "FIRE_RESCUE", county, null));
        return new World(county, sup, t1, t2, sites, inspectors, conflicted, sites.get(0), local);
    }

    @Test
    @DisplayName("INS-2: a draw by count selects that many, two inspectors each, never in conflict; reading and verifying agree")
    void drawVerifyAndConflicts() throws Exception {
        World w = world();
        long plan = plan(w.supervisor(), planJson("城东区双随机" + w.t1(), w.county(), "\"count\":5", "\"CIVIL_AFFAIRS\""));
        String drawn = mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw").with(as(w.supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.algorithm").value("weighted-reservoir-v1"))
                .andExpect(jsonPath("$.selected.length()").value(5)).andExpect(jsonPath("$.poolHash").isString())
                .andExpect(jsonPath("$.selected[0].task").value(org.hamcrest.Matchers.startsWith("已生成检查任务")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> selected = JsonPath.read(drawn, "$.selected[*].institutionId");
        // INS-1: every selected site became a 双随机抽查 task of the inspection module, with the two inspectors drawn for it
        for (Integer site : selected) {
            assertThat(jdbc.sql("""
                    select count(*) from inspection_task t where t.institution_id = ? and t.kind = 'RANDOM'
                      and t.source_type = 'spot-check-plan' and t.source_ref = ?
                      and (select count(*) from inspection_task_inspector i where i.inspection_task = t.id) = 2""")
                    .params(site.longValue(), String.valueOf(plan)).query(Long.class).single()).as("task of site %d", site).isEqualTo(1);
        }
        assertThat((int) JsonPath.read(drawn, "$.objectCount")).isEqualTo(12);
        assertThat(selected).allMatch(id -> w.sites().contains(id.longValue()));
        List<Map<String, Object>> assignments = JsonPath.read(drawn, "$.assignments");
        assertThat(assignments).hasSize(10);
        for (Map<String, Object> a : assignments) {
            long inspector = ((Number) a.get("inspectorId")).longValue();
            long site = ((Number) a.get("institutionId")).longValue();
            assertThat(inspector).as("declared conflict").isNotEqualTo(w.conflicted());
            if (inspector == w.local()) {
                assertThat(w.sites().indexOf(site) % 2).as("own township t1 is a conflict").isEqualTo(1);
            }
        }
        mvc.perform(get("/api/v1/spot-checks/plans/" + plan + "/draw").with(as(w.supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.seed").value((String) JsonPath.read(drawn, "$.seed")))
                .andExpect(jsonPath("$.selected.length()").value(5));
        mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw/verify").with(as(w.supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.storedSnapshotReproduces").value(true)).andExpect(jsonPath("$.currentPoolSame").value(true));
        mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw").with(as(w.supervisor())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该计划已经抽取，抽取结果不能重抽或更改。"));
    }

    @Test
    @DisplayName("INS-2: a changed pool gives another hash and verification fails, saying so in Chinese")
    void changedPoolFailsVerification() throws Exception {
        World w = world();
        long plan = plan(w.supervisor(), planJson("城东区变化" + w.t1(), w.county(), "\"ratioPercent\":25", "\"CIVIL_AFFAIRS\""));
        String drawn = mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw").with(as(w.supervisor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int pool = JsonPath.read(drawn, "$.objectCount");
        assertThat((List<?>) JsonPath.read(drawn, "$.selected")).hasSize((int) Math.ceil(pool * 0.25));
        site(w.t2(), "新开业养老院" + w.t2());
        String verify = mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw/verify").with(as(w.supervisor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.currentPoolSame").value(false)).andExpect(jsonPath("$.storedSnapshotReproduces").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(verify, "$.currentPoolHash")).isNotEqualTo(JsonPath.read(drawn, "$.poolHash"));
        assertThat((String) JsonPath.read(verify, "$.message")).contains("复核未通过").contains("名录已发生变化");
    }

    @Test
    @DisplayName("INS-2: a joint plan sends inspectors of every department; bad input is a Chinese 400 and stores nothing")
    void jointPlanAndBadInput() throws Exception {
        World w = world();
        long plan = plan(w.supervisor(), planJson("联合抽查" + w.t1(), w.county(), "\"count\":1", "\"CIVIL_AFFAIRS\",\"FIRE_RESCUE\""));
        mvc.perform(get("/api/v1/spot-checks/plans/" + plan).with(as(w.supervisor()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.joint").value(true)).andExpect(jsonPath("$.weights.COMPLAINT").value(2))
                .andExpect(jsonPath("$.weights.MAJOR_HAZARD").value(3)).andExpect(jsonPath("$.combination").value("MAX"));
        String drawn = mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw").with(as(w.supervisor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> departments = JsonPath.read(drawn, "$.assignments[*].departmentCode");
        assertThat(departments).containsExactlyInAnyOrder("CIVIL_AFFAIRS", "CIVIL_AFFAIRS", "FIRE_RESCUE", "FIRE_RESCUE");
        String title = "错误计划" + w.t1();
        mvc.perform(post("/api/v1/spot-checks/plans").with(as(w.supervisor())).contentType("application/json")
                        .content(planJson(title, w.county(), "\"count\":3,\"ratioPercent\":5", "\"CIVIL_AFFAIRS\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写抽查比例或抽查数量（二者选其一）。"));
        assertThat(jdbc.sql("select count(*) from spot_check_plan where title = ?").param(title).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("INS-2: region scope — a sibling county's supervisor gets 404 for the plan, its draw and its verification")
    void siblingCountyIs404() throws Exception {
        World w = world();
        long plan = plan(w.supervisor(), planJson("范围" + w.t1(), w.county(), "\"count\":2", "\"CIVIL_AFFAIRS\""));
        String other = supervisor(county());
        mvc.perform(get("/api/v1/spot-checks/plans/" + plan).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/spot-checks/plans/" + plan + "/draw").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw/verify").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/spot-checks/plans").with(as(other)).contentType("application/json")
                .content(planJson("越界", w.county(), "\"count\":2", "\"CIVIL_AFFAIRS\""))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("INS-4: the public list shows the selected sites and each result, departments but no personal data")
    void publicListAndResults() throws Exception {
        World w = world();
        long plan = plan(w.supervisor(), planJson("公示" + w.t1(), w.county(), "\"count\":3", "\"CIVIL_AFFAIRS\""));
        String drawn = mvc.perform(post("/api/v1/spot-checks/plans/" + plan + "/draw").with(as(w.supervisor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long site = ((Number) JsonPath.read(drawn, "$.selected[0].institutionId")).longValue();
        long task = 9_000_000_000L + plan;
        jdbc.sql("update spot_check_selection set task_id = ? where plan_id = ? and institution_id = ?").params(task, plan, site).update();
        transactions.executeWithoutResult(s -> events.publishEvent(new InspectionCompleted(task, site, "X", w.t1(), "RANDOM",
                LocalDate.of(2026, 4, 1), 12, 2)));
        awaitResult(plan, site);
        String json = mvc.perform(get("/api/v1/public/spot-checks?size=50")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> mine = JsonPath.read(json, "$.items[?(@.planId == " + plan + ")]");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("departments")).isEqualTo(List.of("民政"));
        List<Map<String, Object>> results = JsonPath.read(json, "$.items[?(@.planId == " + plan + ")].selected[?(@.result != null)].result");
        assertThat(results).singleElement().satisfies(r -> assertThat(r.get("conclusion")).isEqualTo("发现问题2项，责令整改"));
        Set<String> personal = new HashSet<>(JsonPath.read(drawn, "$.assignments[*].inspectorName"));
        personal.add(w.supervisor());
        assertThat(personal).isNotEmpty().allSatisfy(p -> assertThat(json).doesNotContain(p));
        assertThat(json).doesNotContain("inspector").doesNotContain("drawnBy");
        assertThat(sections.stream().map(s -> s.sectionFor(site)).flatMap(java.util.Optional::stream).toList())
                .anySatisfy(s -> assertThat(s.rows()).anySatisfy(r -> assertThat(r.value()).contains("发现问题2项")));
        mvc.perform(get("/public/spot-checks")).andExpect(status().isOk());
    }

    private void awaitResult(long plan, long site) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Integer failed = jdbc.sql("select items_failed from spot_check_selection where plan_id = ? and institution_id = ?")
                    .params(plan, site).query(Integer.class).optional().orElse(null);
            if (failed != null) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the result was not recorded");
    }
}
