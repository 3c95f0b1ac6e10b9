package org.eldercare.oversight.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.workforce.figures.GoalTasks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/**
 * #16 acceptance, WRK-2/WRK-5: certificate and training rates and the staffing ratios of a township of its own match the
 * values computed by hand from the fixture below (as of 2026-06-15), per region, as a child region of the county and per
 * institution; institutions below a goal get a to-do; goals are inherited and set per region.
 */
class StaffFiguresTests extends WorkforceFixtures {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate PRE = LocalDate.of(2025, 2, 20);
    private static final String[] PRE_JOB = {"SKILLS", "FIRE_SAFETY", "FOOD_SAFETY"};

    private void training(long employment, String kind, LocalDate on, int hours) throws Exception {
        mvc.perform(post("/api/v1/staff/" + employment + "/trainings").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"" + kind + "\",\"hours\":" + hours + ",\"completedOn\":\"" + on + "\"}"))
                .andExpect(status().isCreated());
    }

    private void preJob(long employment, LocalDate on, String... kinds) throws Exception {
        for (String kind : kinds) {
            training(employment, kind, on, 4);
        }
    }

    private void certificate(long employment, LocalDate issued, LocalDate validUntil) throws Exception {
        mvc.perform(post("/api/v1/staff/" + employment + "/certificates").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"CARE_WORKER\",\"level\":\"FIVE\",\"number\":\"C" + employment
                        + "\",\"issuer\":\"评价组织\",\"issuedOn\":\"" + issued + "\""
                        + (validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\"") + "}"))
                .andExpect(status().isCreated());
    }

    /**
     * Township T: A (养老机构, 100 beds) and B (敬老院, 50 beds, 30 residents). Current staff 10 — trained before starting: cw1,
     * cw2, sw1, dir = 4 (40.0%); care workers 6, certified cw1, cw3, cw5, cw6 = 4 (66.7%; cw2's expired, cw4 none); hours this
     * year 10 + 5 = 15 (1.5 per person); social workers 2 per 150 beds (1.33); managers of B 2 per 30 residents (6.67). The
     * ended cw7 counts nowhere. A: 60.0%, 50.0%, 3.0 h, 1.00; B: 20.0%, 100.0%, 0.0 h, 2.00, 6.67.
     */
    @Test
    @DisplayName("WRK-2/WRK-5: rates and ratios per region, as a child region and per institution match the hand-computed fixture")
    void ratesMatchFixture() throws Exception {
        clock.setTo(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        String t = township("532301");
        String a = institution("demo-county", t, "NURSING_HOME", 100, 40);
        String b = institution("demo-county", t, "RURAL_CENTER", 50, 30);
        LocalDate startA = LocalDate.of(2025, 3, 1);
        LocalDate startB = LocalDate.of(2025, 5, 1);
        long cw1 = hire("demo-county", a, "护理一", idNumber(), "CARE_WORKER", startA);
        long cw2 = hire("demo-county", a, "护理二", idNumber(), "CARE_WORKER", startA);
        long cw3 = hire("demo-county", a, "护理三", idNumber(), "CARE_WORKER", startA);
        long cw4 = hire("demo-county", a, "护理四", idNumber(), "CARE_WORKER", startA);
        long sw1 = hire("demo-county", a, "社工一", idNumber(), "SOCIAL_WORKER", startA);
        long cw7 = hire("demo-county", a, "护理七", idNumber(), "CARE_WORKER", LocalDate.of(2024, 1, 1));
        long dir = hire("demo-county", b, "院长", idNumber(), "DIRECTOR", startB);
        hire("demo-county", b, "管理员", idNumber(), "MANAGER", startB);
        long cw5 = hire("demo-county", b, "护理五", idNumber(), "CARE_WORKER", startB);
        long cw6 = hire("demo-county", b, "护理六", idNumber(), "CARE_WORKER", startB);
        hire("demo-county", b, "社工二", idNumber(), "SOCIAL_WORKER", startB);
        preJob(cw1, PRE, PRE_JOB);
        preJob(cw2, PRE, PRE_JOB);
        preJob(cw3, PRE, "SKILLS", "FIRE_SAFETY");
        preJob(cw4, LocalDate.of(2025, 3, 10), PRE_JOB);
        preJob(sw1, LocalDate.of(2025, 2, 1), PRE_JOB);
        preJob(dir, LocalDate.of(2025, 4, 1), PRE_JOB);
        training(cw1, "UPGRADE", LocalDate.of(2026, 4, 1), 10);
        training(cw3, "UPGRADE", LocalDate.of(2026, 5, 1), 5);
        certificate(cw1, LocalDate.of(2024, 1, 1), null);
        certificate(cw2, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
        certificate(cw3, LocalDate.of(2025, 1, 1), null);
        certificate(cw5, LocalDate.of(2025, 4, 1), null);
        certificate(cw6, LocalDate.of(2025, 4, 1), LocalDate.of(2030, 12, 31));
        certificate(cw7, LocalDate.of(2023, 1, 1), null);
        mvc.perform(post("/api/v1/staff/" + cw7 + "/end").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"endDate\":\"2025-06-30\"}")).andExpect(status().isOk());

        DocumentContext region = JsonPath.parse(expect(200, mvc.perform(get("/api/v1/workforce/figures").param("region", t)
                .with(as("demo-county"))).andReturn().getResponse()));
        assertFigures(region.read("$.total"), 10, 4, 40.0, 6, 4, 66.7, 1.5, 2, 150, 1.33, 2, 30, 6.67);
        assertThat((List<?>) region.read("$.children")).isEmpty();
        assertThat((Number) region.read("$.goals.CERTIFICATE_RATE.value")).isEqualTo(90.0);

        DocumentContext county = JsonPath.parse(expect(200, mvc.perform(get("/api/v1/workforce/figures").param("region", "532301")
                .with(as("demo-county"))).andReturn().getResponse()));
        List<Map<String, Object>> child = county.read("$.children[?(@.code == '" + t + "')]");
        assertFigures(child.get(0), 10, 4, 40.0, 6, 4, 66.7, 1.5, 2, 150, 1.33, 2, 30, 6.67);

        DocumentContext institutions = JsonPath.parse(expect(200, mvc.perform(get("/api/v1/workforce/figures/institutions")
                .param("region", t).with(as("demo-county"))).andReturn().getResponse()));
        List<Map<String, Object>> rows = institutions.read("$.items");
        assertThat(rows).extracting(r -> r.get("code")).containsExactly(String.valueOf(institutionId(b)), String.valueOf(institutionId(a)));
        assertFigures(rows.get(0), 5, 1, 20.0, 2, 2, 100.0, 0.0, 1, 50, 2.0, 2, 30, 6.67);
        assertFigures(rows.get(1), 5, 3, 60.0, 4, 2, 50.0, 3.0, 1, 100, 1.0, 0, 0, null);

        assertThat(goalTodo(a)).isEqualTo("从业人员培训持证未达标：岗前培训率60.0%（目标100%）；养老护理员持证率50.0%（目标90%），请补登培训和证书或组织培训");
        assertThat(goalTodo(b)).startsWith("从业人员培训持证未达标：岗前培训率20.0%（目标100%），");

        // the region's workbench card shows the same figures to a township official there
        String official = createUser("wf-town", t, Set.of(Role.TOWNSHIP), PASSWORD);
        MockHttpSession session = login(official, PASSWORD);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString())
                .contains("hx-get=\"/workforce/workbench-card\"");
        String card = mvc.perform(get("/workforce/workbench-card").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(card).contains("workforce-card").contains(">40.0<").contains(">66.7<").contains(">1.33<").contains(">6.67<");
    }

    private String goalTodo(String uscc) {
        return jdbc.sql("select title from todo_item where source_type = ? and source_id = ? and role = 'INSTITUTION' and status = 'OPEN'")
                .params(GoalTasks.BELOW_GOALS, String.valueOf(institutionId(uscc))).query(String.class).single();
    }

    private static void assertFigures(Map<String, Object> f, int staff, int trained, double trainedRate, int careWorkers, int certified,
                                      double certificateRate, double hours, int socialWorkers, long beds, double swPer100, int managers,
                                      long residents, Double managersPer100) {
        assertThat(f).containsEntry("staff", staff).containsEntry("trained", trained).containsEntry("careWorkers", careWorkers)
                .containsEntry("certified", certified).containsEntry("socialWorkers", socialWorkers)
                .containsEntry("centreManagers", managers);
        assertThat(((Number) f.get("beds")).longValue()).isEqualTo(beds);
        assertThat(((Number) f.get("centreResidents")).longValue()).isEqualTo(residents);
        assertThat(((Number) f.get("trainedRate")).doubleValue()).isEqualTo(trainedRate);
        assertThat(((Number) f.get("certificateRate")).doubleValue()).isEqualTo(certificateRate);
        assertThat(((Number) f.get("hoursPerStaff")).doubleValue()).isEqualTo(hours);
        assertThat(((Number) f.get("socialWorkersPer100Beds")).doubleValue()).isEqualTo(swPer100);
        if (managersPer100 == null) {
            assertThat(f.get("centreManagersPer100Residents")).isNull();
        } else {
            assertThat(((Number) f.get("centreManagersPer100Residents")).doubleValue()).isEqualTo(managersPer100);
        }
    }

    @Test
    @DisplayName("WRK-2/WRK-5 goals: inherited from the nearest region above; a supervisor sets and clears a region's own")
    void goalsInheritAndSet() throws Exception {
        String t = township("532301");
        MockHttpSession county = login("demo-county", DEMO_PASSWORD);
        mvc.perform(post("/workforce/goals").session(county).with(csrf()).param("regionCode", t).param("goal", "CERTIFICATE_RATE")
                .param("value", "95.5")).andExpect(status().is3xxRedirection());
        assertThat(goal(t, "CERTIFICATE_RATE")).containsEntry("sourceCode", t).containsEntry("ownValue", true);
        assertThat(((Number) goal(t, "CERTIFICATE_RATE").get("value")).doubleValue()).isEqualTo(95.5);
        assertThat(goal("532301", "CERTIFICATE_RATE")).containsEntry("ownValue", false);
        assertThat(mvc.perform(get("/workforce/goals").param("region", t).session(county)).andReturn().getResponse().getContentAsString())
                .contains("本级设定").contains("95.5");
        mvc.perform(post("/workforce/goals").session(county).with(csrf()).param("regionCode", t).param("goal", "CERTIFICATE_RATE")
                .param("value", "120"));
        assertThat(((Number) goal(t, "CERTIFICATE_RATE").get("value")).doubleValue()).isEqualTo(95.5);
        mvc.perform(post("/workforce/goals").session(login(supervisor("532302"), PASSWORD)).with(csrf()).param("regionCode", t)
                .param("goal", "CERTIFICATE_RATE").param("value", "10"));
        assertThat(((Number) goal(t, "CERTIFICATE_RATE").get("value")).doubleValue()).isEqualTo(95.5);
        mvc.perform(post("/workforce/goals").session(county).with(csrf()).param("regionCode", t).param("goal", "CERTIFICATE_RATE")
                .param("clear", "true")).andExpect(status().is3xxRedirection());
        assertThat(goal(t, "CERTIFICATE_RATE")).containsEntry("ownValue", false);
        assertThat(((Number) goal(t, "CERTIFICATE_RATE").get("value")).doubleValue()).isEqualTo(90.0);
        assertThat(goal(t, "SOCIAL_WORKERS")).containsEntry("sourceCode", "000000");
    }

    private Map<String, Object> goal(String region, String goal) throws Exception {
        return JsonPath.read(expect(200, mvc.perform(get("/api/v1/workforce/figures").param("region", region).with(as("demo-county")))
                .andReturn().getResponse()), "$.goals." + goal);
    }
}
