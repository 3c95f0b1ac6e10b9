package org.eldercare.oversight.inspection.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.inspection.InspectionCompleted;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** INS-6/INS-7: coverage per region and year from completed inspections; the uninspected list, Excel and the to-dos. */
class CoverageTests extends SpotCheckFixtures {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    org.eldercare.oversight.inspection.coverage.CoverageTestAccess coverage;

    @Test
    @DisplayName("INS-6/INS-7: sites without an on-site inspection this year, county ≥1 and township ≥2 visits, Excel, to-dos")
    void coverageOfACounty() throws Exception {
        String county = county();
        String township = township(county);
        String sup = supervisor(county);
        long a = site(township, "覆盖甲" + township);
        long b = site(township, "覆盖乙" + township);
        long c = site(township, "覆盖丙" + township);
        int year = LocalDate.now().getYear();
        long base = 8_000_000_000L + a * 10;
        completed(base, a, township, "ROUTINE", year);
        completed(base + 1, b, township, "PATROL", year);
        completed(base + 2, b, township, "PATROL", year);
        completed(base + 3, c, township, "ROUTINE", year - 1);
        await(base + 3);
        mvc.perform(get("/api/v1/inspection-coverage?region=" + county + "&year=" + year).with(as(sup))).andExpect(status().isOk())
                .andExpect(jsonPath("$.sites").value(3)).andExpect(jsonPath("$.inspected").value(2))
                .andExpect(jsonPath("$.uninspected").value(1)).andExpect(jsonPath("$.countyTargetMet").value(1))
                .andExpect(jsonPath("$.townshipTargetMet").value(1));
        String json = mvc.perform(get("/api/v1/inspection-coverage/uninspected?region=" + county).with(as(sup)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Integer>) JsonPath.read(json, "$.items[*].institutionId")).containsExactly((int) c);
        mvc.perform(get("/inspection/coverage.xlsx?region=" + county).with(as(sup))).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get("/api/v1/inspection-coverage?region=" + county()).with(as(sup))).andExpect(status().isNotFound());
        coverage.refresh();
        assertThat(jdbc.sql("select title from todo_item where source_type = 'inspection-coverage' and source_id = ? and status = 'OPEN'")
                .param(county + "-" + year).query(String.class).single()).contains("尚有1个服务场所未开展现场检查");
        assertThat(jdbc.sql("select title from todo_item where source_type = 'inspection-patrols' and source_id = ?")
                .param(township + "-" + year).query(String.class).single()).contains("尚有2个服务场所乡镇巡查不足2次");
    }

    private void completed(long task, long site, String region, String kind, int year) {
        transactions.executeWithoutResult(s -> events.publishEvent(new InspectionCompleted(task, site, "X", region, kind,
                LocalDate.of(year, 3, 1), 10, 0)));
    }

    private void await(long task) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (jdbc.sql("select count(*) from inspection_visit where task_id = ?").param(task).query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("visit not recorded");
    }
}
