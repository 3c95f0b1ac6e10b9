package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

/**
 * EVAL-3 / #9 item 16: the 护理型床位占比目标 is a per-region setting, preset 60% nationally; a region without its own value
 * inherits its nearest ancestor's; the supervisor of a region sets or clears it, within his scope only, audited.
 */
class NursingBedGoalTests extends IntegrationTest {

    private static final String PW = "Goal#Test2026pass";
    private OverviewFixture f;
    private String prefectureUser;
    private String countyAUser;

    @BeforeEach
    void regions() {
        f = new OverviewFixture(jdbc);
        prefectureUser = createUser("goal-zhou", f.prefecture, Set.of(Role.SUPERVISOR), PW);
        countyAUser = createUser("goal-xian", f.countyA, Set.of(Role.SUPERVISOR), PW);
    }

    private String goals(String user, String region) throws Exception {
        var request = get("/api/v1/nursing-bed-goals").with(httpBasic(user, PW));
        if (region != null) {
            request.param("region", region);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> goal(String json, String code) {
        List<Map<String, Object>> rows = JsonPath.read(json, "$[?(@.regionCode == '" + code + "')]");
        assertThat(rows).as("goal of %s", code).hasSize(1);
        return rows.get(0);
    }

    private ResultActions set(String user, String region, String body) throws Exception {
        return mvc.perform(put("/api/v1/nursing-bed-goals/" + region).with(httpBasic(user, PW))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private Integer stored(String region) {
        return jdbc.sql("select value from registry_setting where region_code = ? and key = 'nursing.beds.goal.percent'")
                .param(region).query(Integer.class).optional().orElse(null);
    }

    @Test
    @DisplayName("EVAL-3 a new region inherits the national preset of 60%; 晋中 has its own preset of 55%")
    void presets() throws Exception {
        String json = goals(prefectureUser, null);
        assertThat(goal(json, f.prefecture)).containsEntry("percent", 60).containsEntry("sourceCode", "000000")
                .containsEntry("ownValue", false);
        assertThat(goal(json, f.countyA)).containsEntry("percent", 60).containsEntry("sourceName", "全国");
        String national = createUser("goal-guo", "000000", Set.of(Role.SUPERVISOR), PW);
        String jinzhong = goals(national, "140700");
        assertThat(goal(jinzhong, "140700")).containsEntry("percent", 55).containsEntry("ownValue", true);
        assertThat(goal(jinzhong, "140702")).containsEntry("percent", 55).containsEntry("sourceCode", "140700");
    }

    @Test
    @DisplayName("EVAL-3 a prefecture's goal is inherited by its counties; a county's own goal overrides it until cleared")
    void inheritedAndOverridden() throws Exception {
        set(prefectureUser, f.prefecture, "{\"percent\":65}").andExpect(status().isOk())
                .andExpect(jsonPath("$.percent").value(65)).andExpect(jsonPath("$.ownValue").value(true));
        set(countyAUser, f.countyA, "{\"percent\":70}").andExpect(status().isOk()).andExpect(jsonPath("$.setBy").value(countyAUser));
        String json = goals(prefectureUser, null);
        assertThat(goal(json, f.countyA)).containsEntry("percent", 70).containsEntry("ownValue", true);
        assertThat(goal(json, f.countyB)).containsEntry("percent", 65).containsEntry("sourceCode", f.prefecture);
        assertThat(goal(goals(countyAUser, null), f.townA1)).containsEntry("percent", 70).containsEntry("sourceCode", f.countyA);
        String overview = mvc.perform(get("/api/v1/overview").with(httpBasic(prefectureUser, PW))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat((List<Integer>) JsonPath.read(overview, "$.parts[*].nursingGoal")).containsExactly(70, 65);
        assertThat((Integer) JsonPath.read(overview, "$.total.nursingGoal")).isEqualTo(65);
        mvc.perform(delete("/api/v1/nursing-bed-goals/" + f.countyA).with(httpBasic(countyAUser, PW))).andExpect(status().isOk())
                .andExpect(jsonPath("$.percent").value(65)).andExpect(jsonPath("$.sourceCode").value(f.prefecture));
        assertThat(stored(f.countyA)).isNull();
    }

    @Test
    @DisplayName("EVAL-3 only a supervisor of the region or above sets its goal; a bad value is refused in Chinese and changes nothing")
    void refusals() throws Exception {
        set(countyAUser, f.countyB, "{\"percent\":70}").andExpect(status().isNotFound());
        set(countyAUser, f.prefecture, "{\"percent\":70}").andExpect(status().isNotFound());
        String township = createUser("goal-zhen", f.townA1, Set.of(Role.TOWNSHIP), PW);
        set(township, f.townA1, "{\"percent\":70}").andExpect(status().isForbidden());
        for (String bad : List.of("{\"percent\":0}", "{\"percent\":101}", "{}")) {
            set(prefectureUser, f.prefecture, bad).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("护理型床位占比目标须为1–100之间的整数（百分比）。"));
        }
        assertThat(stored(f.prefecture)).isNull();
        assertThat(stored(f.countyB)).isNull();
        String national = createUser("goal-guo", "000000", Set.of(Role.SUPERVISOR), PW);
        mvc.perform(delete("/api/v1/nursing-bed-goals/000000").with(httpBasic(national, PW))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("全国预设目标不能取消，只能修改。"));
        assertThat(stored("000000")).isEqualTo(60);
    }

    @Test
    @DisplayName("EVAL-3 the goal page lists the region and the level below; a save is confirmed, kept with who set it, and audited")
    void pageSetsAndAudits() throws Exception {
        MockHttpSession s = login(prefectureUser, PW);
        String page = mvc.perform(get("/registry/nursing-bed-goals").session(s)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("护理型床位占比目标", "id=\"goal-" + f.prefecture + "\"", "id=\"goal-" + f.countyA + "\"", "沿用全国的目标");
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
        mvc.perform(post("/registry/nursing-bed-goals/" + f.countyB).session(s).with(csrf()).param("percent", "75")
                        .param("listed", f.prefecture))
                .andExpect(redirectedUrl("/registry/nursing-bed-goals?region=" + f.prefecture))
                .andExpect(flash().attribute("message", "已将乙县的护理型床位占比目标设为75%。"));
        assertThat(stored(f.countyB)).isEqualTo(75);
        assertThat(jdbc.sql("select set_by from registry_setting where region_code = ? and key = 'nursing.beds.goal.percent'")
                .param(f.countyB).query(String.class).single()).isEqualTo(prefectureUser);
        Map<String, Object> audit = jdbc.sql("select username, action, target_id, outcome from audit_log where id > ? "
                + "and action like '%nursing-bed-goals%' order by id desc limit 1").param(before).query().singleRow();
        assertThat(audit).containsEntry("username", prefectureUser).containsEntry("target_id", f.countyB)
                .containsEntry("action", "POST /registry/nursing-bed-goals/{regionCode}").containsEntry("outcome", "SUCCESS");
        String after = mvc.perform(get("/registry/nursing-bed-goals").param("region", f.prefecture).session(s)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("本级设置（" + prefectureUser);
        mvc.perform(post("/registry/nursing-bed-goals/" + f.countyB).session(s).with(csrf()).param("percent", "很多"))
                .andExpect(redirectedUrl("/registry/nursing-bed-goals"))
                .andExpect(flash().attribute("error", "护理型床位占比目标须为1–100之间的整数（百分比）。"));
        assertThat(stored(f.countyB)).isEqualTo(75);
    }
}
