package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.filing.FilingTasks;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * #9 item 16, a supervisor's overview: the figures of a prefecture by county and of a county by township, computed from
 * a seeded set of institutions, filings, leads and inspection to-dos across two counties; the county's scope; the
 * Excel export; the workbench page with its charts and tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewFiguresTests extends IntegrationTest {

    private static final String PW = "Overview#Test2026";
    /** The inspection module's to-do source type of open inspection tasks (REG-3 included), which the overview counts. */
    private static final String INSPECTION_TASK = "inspection.task";
    @Autowired
    TodoBoard todos;
    private OverviewFixture f;
    private String prefectureUser;
    private String countyAUser;
    private String townshipUser;

    @BeforeAll
    void seed() throws Exception {
        f = new OverviewFixture(jdbc);
        LocalDate today = LocalDate.now(clock());
        // 甲县: filed late; unfiled past the REG-3 deadline; awaiting a decision (submitted late); 筹建中; filed at county level;
        // 已终止 (left out of every figure)
        f.filing(f.institution(f.townA1, "NURSING_HOME", "FILED", "OPERATING", 100, 70, today.minusDays(90)), "FILED", true);
        f.institution(f.townA1, "NURSING_HOME", "UNFILED", "OPERATING", 50, 20, today.minusDays(60));
        f.filing(f.institution(f.townA2, "DAY_CARE", "UNFILED", "OPERATING", 0, 0, today.minusDays(60)), "SUBMITTED", true);
        f.institution(f.townA2, "MEAL_POINT", "UNFILED", "PREPARING", 0, 0, null);
        f.filing(f.institution(f.countyA, "RURAL_CENTER", "FILED", "OPERATING", 40, 10, null), "FILED", false);
        f.filing(f.institution(f.townA1, "NURSING_HOME", "FILED", "TERMINATED", 500, 500, today.minusDays(400)), "FILED", true);
        // 乙县: revoked and suspended; filed; unfiled but still within the deadline
        f.filing(f.institution(f.townB1, "NURSING_HOME", "REVOKED", "SUSPENDED", 80, 60, today.minusDays(300)), "REVOKED", false);
        f.filing(f.institution(f.townB1, "MEDICAL_CARE", "FILED", "OPERATING", 120, 100, today.minusDays(1)), "FILED", false);
        f.institution(f.townB1, "NURSING_HOME", "UNFILED", "OPERATING", 30, 0, today.minusDays(1));
        f.lead(f.townA1, "OPEN");
        f.lead(f.townA1, "OPEN");
        f.lead(f.townA1, "VERIFIED");
        f.lead(f.townB1, "OPEN");
        inspection(INSPECTION_TASK, f.townA1, today.minusDays(1));
        inspection(INSPECTION_TASK, f.countyA, today.minusDays(3));
        inspection(INSPECTION_TASK, f.townB1, today.plusDays(1));
        inspection(INSPECTION_TASK, f.townB1, today.minusDays(5));
        inspection(FilingTasks.REVIEW_TASK, f.townB1, today.minusDays(2));
        todos.complete(INSPECTION_TASK, inspection(INSPECTION_TASK, f.townB1, today.minusDays(2)));
        prefectureUser = createUser("ovw-zhou", f.prefecture, Set.of(Role.SUPERVISOR), PW);
        countyAUser = createUser("ovw-xian", f.countyA, Set.of(Role.SUPERVISOR), PW);
        townshipUser = createUser("ovw-zhen", f.townA1, Set.of(Role.TOWNSHIP), PW);
        goal(f.prefecture, 65);
        goal(f.countyB, 68);
    }

    private String inspection(String type, String region, LocalDate due) {
        String source = unique("ovw");
        todos.publish(new TodoItem(type, source, region, Role.SUPERVISOR, "概况测试检查" + source, null, due, false));
        return source;
    }

    private void goal(String region, int percent) throws Exception {
        mvc.perform(put("/api/v1/nursing-bed-goals/" + region).with(httpBasic(prefectureUser, PW))
                .contentType(MediaType.APPLICATION_JSON).content("{\"percent\":" + percent + "}")).andExpect(status().isOk());
    }

    private String overview(String user, String region) throws Exception {
        var request = get("/api/v1/overview").with(httpBasic(user, PW));
        if (region != null) {
            request.param("region", region);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> part(String json, String code) {
        List<Map<String, Object>> parts = JsonPath.read(json, "$.parts[?(@.regionCode == '" + code + "')]");
        assertThat(parts).as("part %s", code).hasSize(1);
        return parts.get(0);
    }

    @Test
    @DisplayName("#9-16 a prefecture's overview counts each county's institutions, filings, beds, late filings, leads and inspections")
    void prefectureByCounty() throws Exception {
        String json = overview(prefectureUser, null);
        assertThat((String) JsonPath.read(json, "$.childLevelName")).isEqualTo("县（市、区）");
        assertThat((List<String>) JsonPath.read(json, "$.parts[*].regionName")).containsExactly("甲县", "乙县");
        assertThat(part(json, f.countyA)).containsEntry("institutions", 5)
                .containsEntry("byStatus", Map.of("UNFILED", 2, "AWAITING", 1, "FILED", 2, "REVOKED", 0))
                .containsEntry("obliged", 4).containsEntry("obligedFiled", 2).containsEntry("filingRate", 50.0)
                .containsEntry("beds", 190).containsEntry("nursingBeds", 100).containsEntry("nursingShare", 52.6)
                .containsEntry("nursingGoal", 65).containsEntry("goalMet", false)
                .containsEntry("filedLate", 2).containsEntry("overdueUnfiled", 1).containsEntry("openLeads", 2)
                .containsEntry("overdueInspections", 2);
        assertThat((Map<String, Integer>) part(json, f.countyA).get("byKind")).containsEntry("NURSING_HOME", 2)
                .containsEntry("DAY_CARE", 1).containsEntry("MEAL_POINT", 1).containsEntry("RURAL_CENTER", 1)
                .containsEntry("MEDICAL_CARE", 0);
        assertThat(part(json, f.countyB)).containsEntry("institutions", 3)
                .containsEntry("byStatus", Map.of("UNFILED", 1, "AWAITING", 0, "FILED", 1, "REVOKED", 1))
                .containsEntry("obliged", 3).containsEntry("obligedFiled", 1).containsEntry("filingRate", 33.3)
                .containsEntry("beds", 230).containsEntry("nursingBeds", 160).containsEntry("nursingShare", 69.6)
                .containsEntry("nursingGoal", 68).containsEntry("goalMet", true)
                .containsEntry("filedLate", 0).containsEntry("overdueUnfiled", 0).containsEntry("openLeads", 1)
                .containsEntry("overdueInspections", 1);
        Map<String, Object> total = JsonPath.read(json, "$.total");
        assertThat(total).containsEntry("regionCode", f.prefecture).containsEntry("institutions", 8).containsEntry("filingRate", 42.9)
                .containsEntry("beds", 420).containsEntry("nursingBeds", 260).containsEntry("nursingShare", 61.9)
                .containsEntry("nursingGoal", 65).containsEntry("goalMet", false).containsEntry("filedLate", 2)
                .containsEntry("overdueUnfiled", 1).containsEntry("openLeads", 3).containsEntry("overdueInspections", 3);
    }

    @Test
    @DisplayName("#9-16 a county's overview goes by township (本级 for the county's own institutions) and never shows another county")
    void countyByTownshipWithinItsScope() throws Exception {
        String json = overview(countyAUser, null);
        assertThat((List<String>) JsonPath.read(json, "$.parts[*].regionName")).containsExactly("甲县本级", "甲一镇", "甲二镇");
        assertThat(part(json, f.countyA)).containsEntry("own", true).containsEntry("institutions", 1).containsEntry("beds", 40)
                .containsEntry("overdueInspections", 1);
        assertThat(part(json, f.townA1)).containsEntry("institutions", 2).containsEntry("filedLate", 1)
                .containsEntry("overdueUnfiled", 1).containsEntry("openLeads", 2).containsEntry("overdueInspections", 1);
        assertThat(part(json, f.townA2)).containsEntry("institutions", 2).containsEntry("obliged", 1).containsEntry("filingRate", 0.0)
                .containsEntry("byStatus", Map.of("UNFILED", 1, "AWAITING", 1, "FILED", 0, "REVOKED", 0));
        Map<String, Object> total = JsonPath.read(json, "$.total");
        Map<String, Object> asSeenAbove = part(overview(prefectureUser, null), f.countyA);
        for (String figure : List.of("institutions", "byStatus", "byKind", "beds", "nursingBeds", "filedLate", "overdueUnfiled",
                "openLeads", "overdueInspections", "nursingGoal")) {
            assertThat(total.get(figure)).as(figure).isEqualTo(asSeenAbove.get(figure));
        }
        assertThat(json).doesNotContain("乙").doesNotContain(f.countyB);
        mvc.perform(get("/api/v1/overview").param("region", f.countyB).with(httpBasic(countyAUser, PW))).andExpect(status().isNotFound());
        mvc.perform(get("/overview.xlsx").param("region", f.prefecture).with(httpBasic(countyAUser, PW)))
                .andExpect(status().isNotFound());
        String page = page(countyAUser, "/");
        assertThat(page).contains("id=\"overview\"").contains("甲一镇").doesNotContain("乙一镇").doesNotContain("乙县");
    }

    @Test
    @DisplayName("#9-16 a prefecture looks into one county: the same figures as the county's own overview")
    void prefectureLooksIntoACounty() throws Exception {
        String down = overview(prefectureUser, f.countyA);
        assertThat((Object) JsonPath.read(down, "$.total")).isEqualTo(JsonPath.read(overview(countyAUser, null), "$.total"));
        String page = page(prefectureUser, "/?region=" + f.countyA);
        assertThat(page).contains("甲县辖区概况（按乡镇（街道））").contains("返回上级区划").contains("href=\"/?region=" + f.prefecture + "\"");
        assertThat(page(prefectureUser, "/")).contains("href=\"/?region=" + f.countyA + "\"");
    }

    @Test
    @DisplayName("#9-16 REG-3 overdue unfiled follows the filing deadline that applies to each county (a per-region setting)")
    void overdueUnfiledFollowsEachCountysDeadline() throws Exception {
        OverviewFixture g = new OverviewFixture(jdbc);
        LocalDate today = LocalDate.now(clock());
        g.institution(g.townA1, "NURSING_HOME", "UNFILED", "OPERATING", 10, 5, today.minusDays(60));
        g.institution(g.townB1, "NURSING_HOME", "UNFILED", "OPERATING", 10, 5, today.minusDays(60));
        g.institution(g.townB1, "NURSING_HOME", "UNFILED", "OPERATING", 10, 5, today.minusDays(2));
        jdbc.sql("insert into registry_setting (region_code, key, value) values (?, 'filing.deadline.workingDays', 100)")
                .param(g.countyA).update();
        String user = createUser("ovw-dead", g.prefecture, Set.of(Role.SUPERVISOR), PW);
        String json = overview(user, null);
        assertThat(part(json, g.countyA)).containsEntry("overdueUnfiled", 0);
        assertThat(part(json, g.countyB)).containsEntry("overdueUnfiled", 1);
    }

    @Test
    @DisplayName("#9-16 township staff keep their to-do workbench: no overview on the page, no figures from the API")
    void townshipsKeepTheirView() throws Exception {
        assertThat(page(townshipUser, "/")).contains("待办事项").doesNotContain("id=\"overview\"");
        mvc.perform(get("/api/v1/overview").with(httpBasic(townshipUser, PW))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("#9-16 导出Excel holds the same numbers as the overview, a row per county and the total")
    void exportHoldsTheSameNumbers() throws Exception {
        byte[] xlsx = mvc.perform(get("/overview.xlsx").session(login(prefectureUser, PW))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        List<String> head = List.copyOf(rows.get(0).values());
        assertThat(head).startsWith("区划", "机构总数", "未备案", "待审核", "已备案", "备案已撤销", "养老机构")
                .contains("备案率（%）", "护理型床位占比（%）", "目标（%）", "逾期备案", "逾期未备案", "待核查线索", "逾期现场检查");
        assertThat(rows).hasSize(4);
        Map<String, String> a = named(head, rows.get(1));
        assertThat(a).containsEntry("区划", "甲县").containsEntry("机构总数", "5").containsEntry("未备案", "2").containsEntry("待审核", "1")
                .containsEntry("备案率（%）", "50").containsEntry("床位总数", "190").containsEntry("护理型床位占比（%）", "52.6")
                .containsEntry("目标（%）", "65").containsEntry("是否达标", "未达标").containsEntry("逾期备案", "2")
                .containsEntry("逾期未备案", "1").containsEntry("待核查线索", "2").containsEntry("逾期现场检查", "2");
        assertThat(named(head, rows.get(2))).containsEntry("区划", "乙县").containsEntry("备案率（%）", "33.3")
                .containsEntry("是否达标", "达标").containsEntry("逾期现场检查", "1");
        assertThat(named(head, rows.get(3))).containsEntry("区划", "合计").containsEntry("机构总数", "8")
                .containsEntry("护理型床位占比（%）", "61.9").containsEntry("待核查线索", "3").containsEntry("逾期现场检查", "3");
    }

    private static Map<String, String> named(List<String> head, Map<Integer, String> row) {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        for (int c = 0; c < head.size(); c++) {
            named.put(head.get(c), row.get(c));
        }
        return named;
    }

    @Test
    @DisplayName("#9-16 the workbench shows the overview's charts, each with the table of its numbers, drawn without a Node build")
    void workbenchShowsChartsAndTables() throws Exception {
        String page = page(prefectureUser, "/");
        assertThat(page).contains("测试州" + f.prefecture.substring(2, 4) + "辖区概况（按县（市、区））")
                .contains("id=\"chart-status\"", "id=\"chart-rate\"", "id=\"chart-nursing\"", "id=\"chart-alerts\"", "id=\"chart-kind\"")
                .contains("id=\"table-status\"", "id=\"table-rate\"", "id=\"table-nursing\"", "id=\"table-alerts\"", "id=\"table-kind\"")
                .contains("data-overview=\"{", "/dist/echarts.common.min.js\" defer", "/js/overview.js")
                .contains("href=\"/overview.xlsx?region=" + f.prefecture + "\"")
                .contains("id=\"kpi-filing-rate\">42.9%<", "id=\"kpi-nursing-share\"", "61.9%", "目标 65%")
                .contains("待办事项");
        assertThat(page).containsPattern("data-region=\"" + f.countyA + "\">\\s*<td>\\s*<a href=\"/\\?region=" + f.countyA
                + "\">甲县</a>\\s*</td>\\s*<td class=\"text-end\">2</td>\\s*<td class=\"text-end\">1</td>");
        mvc.perform(get("/webjars/echarts/dist/echarts.common.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/overview.js")).andExpect(status().isOk());
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).session(login(user, PW))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
