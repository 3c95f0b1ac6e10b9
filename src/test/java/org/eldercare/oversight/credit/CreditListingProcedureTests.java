package org.eldercare.oversight.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.disclosure.PublicSections;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.inspection.RiskSignals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * CRD-3 through the API: the 陈述申辩 period counted in working days across the 2024 National Day holiday, the decision
 * refused while it runs, the bureau's to-do due when it ends, publication per channel; then the consequences: the draw's
 * DISHONEST signal (INS-3) and the public section (only what is published).
 */
class CreditListingProcedureTests extends IntegrationTest {

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("creditRiskSignals")
    RiskSignals signals;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("creditPublicSections")
    PublicSections sections;
    private String supervisor;
    private String uscc;
    private long site;

    @BeforeEach
    void institution() throws Exception {
        supervisor = createUser("crd-list", CreditFixtures.COUNTY, Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        uscc = CreditFixtures.uscc();
        site = CreditFixtures.institution(mvc, supervisor, DEMO_PASSWORD, uscc, "大理失信测试养老院" + unique(""), CreditFixtures.TOWNSHIP);
    }

    private ResultActions step(String path, String json) throws Exception {
        return mvc.perform(post(path).with(httpBasic(supervisor, DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long propose() throws Exception {
        String body = step("/api/v1/credit/listings", """
                {"uscc":"%s","listKind":"JOINT_PUNISHMENT","condition":"MAJOR_FIRE_HAZARD_UNFIXED","grounds":"重大火灾隐患逾期不改"}"""
                .formatted(uscc)).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PROPOSED"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    @DisplayName("CRD-3: 告知 on 2024-09-27 gives 5 working days across National Day (9-29 make-up day, 10-1…10-7 off): due 2024-10-10")
    void objectionPeriodAcrossAHoliday() throws Exception {
        long id = propose();
        step("/api/v1/credit/listings/" + id + "/notice", "{\"noticedOn\":\"2024-09-27\",\"how\":\"直接送达\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.objectionDue").value("2024-10-10"));
        LocalDate todoDue = jdbc.sql("select due_date from todo_item where source_type = 'credit.listing' and source_id = ?"
                + " and status = 'OPEN'").param(String.valueOf(id)).query(Date.class).single().toLocalDate();
        assertThat(todoDue).isEqualTo(LocalDate.of(2024, 10, 10));
        step("/api/v1/credit/listings/" + id + "/objection", "{\"statement\":\"逾期提交\",\"receivedOn\":\"2024-10-11\"}")
                .andExpect(status().isConflict());
        step("/api/v1/credit/listings/" + id + "/objection", "{\"statement\":\"已开始整改\",\"receivedOn\":\"2024-10-10\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OBJECTED"));
    }

    @Test
    @DisplayName("CRD-3: a decision, to list or not, is refused while the 陈述申辩 period runs")
    void noDecisionWhileThePeriodRuns() throws Exception {
        long running = propose();
        step("/api/v1/credit/listings/" + running + "/notice", "{\"noticedOn\":\"" + LocalDate.now(clock) + "\"}")
                .andExpect(status().isOk());
        step("/api/v1/credit/listings/" + running + "/decision", "{\"include\":true,\"reason\":\"r\",\"legalReview\":\"审核通过\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("届满前不能作出决定")));
        step("/api/v1/credit/listings/" + running + "/decision", "{\"include\":false,\"reason\":\"撤回\"}").andExpect(status().isConflict());
    }

    @Test
    @DisplayName("CRD-3: after the period, decision with legal review, publication per channel, then DISHONEST and the public section")
    void decisionPublicationAndConsequences() throws Exception {
        long id = propose();
        step("/api/v1/credit/listings/" + id + "/notice", "{\"noticedOn\":\"2024-09-27\"}").andExpect(status().isOk());
        step("/api/v1/credit/listings/" + id + "/decision", "{\"include\":true,\"reason\":\"事实清楚\"}").andExpect(status().isBadRequest());
        step("/api/v1/credit/listings/" + id + "/decision", "{\"include\":true,\"reason\":\"事实清楚\",\"legalReview\":\"法制审核通过\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DECIDED"));
        assertThat(signals.signalsUnder("/000000/530000/532900/532901/")).doesNotContainKey(site);
        String today = LocalDate.now(clock).toString();
        step("/api/v1/credit/listings/" + id + "/publications", "{\"channel\":\"BUREAU_PORTAL\",\"publishedOn\":\"" + today + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
        step("/api/v1/credit/listings/" + id + "/publications", "{\"channel\":\"CREDIT_CHINA\",\"publishedOn\":\"" + today + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.publications.length()").value(2));
        step("/api/v1/credit/listings/" + id + "/publications", "{\"channel\":\"CREDIT_CHINA\",\"publishedOn\":\"" + today + "\"}")
                .andExpect(status().isConflict());
        step("/api/v1/credit/listings/" + id + "/removal", "{\"ground\":\"NO_FURTHER_DISHONESTY\",\"reason\":\"申请\"}")
                .andExpect(status().isConflict());
        Map<Long, Set<RiskSignals.Signal>> bySite = signals.signalsUnder("/000000/530000/532900/532901/");
        assertThat(bySite.get(site)).contains(RiskSignals.Signal.DISHONEST);
        assertThat(signals.signalsUnder("/000000/530000/532900/532922/")).doesNotContainKey(site);
        PublicSections.Section section = sections.sectionFor(site).orElseThrow();
        assertThat(section.rows()).extracting(PublicSections.Row::value).anyMatch(v -> v.startsWith("列入联合惩戒对象名单"));
        assertThat(section.rows().toString()).doesNotContain("重大火灾隐患逾期不改").doesNotContain(supervisor);
        step("/api/v1/credit/listings/" + id + "/removal", "{\"ground\":\"ERROR_CORRECTION\",\"reason\":\"主体认定错误\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REMOVED"))
                .andExpect(jsonPath("$.steps.length()").value(5)).andExpect(jsonPath("$.steps[4].byUser").value(supervisor));
        assertThat(signals.signalsUnder("/000000/530000/532900/532901/").getOrDefault(site, Set.of()))
                .doesNotContain(RiskSignals.Signal.DISHONEST);
    }
}
