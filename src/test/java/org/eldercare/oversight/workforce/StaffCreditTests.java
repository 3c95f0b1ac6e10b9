package org.eldercare.oversight.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * WRK-4: staff credit records, entered by the employer (findings by supervisors), read in full by supervisors, by the
 * employer only for what it entered, and by a next employer only after it records the person's consent.
 */
class StaffCreditTests extends WorkforceFixtures {

    private void evaluate(String by, long employment, String kind, int expected) throws Exception {
        mvc.perform(post("/api/v1/staff/" + employment + "/evaluations").with(as(by)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"" + kind + "\",\"summary\":\"" + kind + "记录\",\"occurredOn\":\"" + LocalDate.now(clock()).minusDays(5)
                        + "\"}")).andExpect(status().is(expected));
    }

    @Test
    @DisplayName("WRK-4: evaluations by employer and supervisor; the next employer reads them only with the person's consent recorded")
    void consentGovernsTheNextEmployer() throws Exception {
        LocalDate today = LocalDate.now(clock());
        String person = idNumber();
        String town = township("532301");
        String first = institution("demo-county", town, "NURSING_HOME", 40, 20);
        String next = institution("demo-county", town, "NURSING_HOME", 40, 20);
        String firstAccount = institutionAccount("532301", first);
        String nextAccount = institutionAccount("532301", next);
        long employment = hire(firstAccount, first, "信用人员", person, "CARE_WORKER", today.minusYears(1));
        evaluate(firstAccount, employment, "RECIPIENT_EVALUATION", 201);
        evaluate(firstAccount, employment, "ABUSE_FINDING", 403);
        evaluate("demo-county", employment, "ABUSE_FINDING", 201);
        evaluate(nextAccount, employment, "AWARD", 404);

        mvc.perform(get("/api/v1/staff/" + employment + "/evaluations").with(as("demo-county"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/staff/" + employment + "/evaluations").with(as(firstAccount))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].kind").value("RECIPIENT_EVALUATION"));
        mvc.perform(get("/api/v1/staff/" + employment + "/evaluations").with(as(nextAccount))).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/staff/credit-lookups").with(as(nextAccount)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + person + "\",\"consentDocument\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("请填写本人授权书")));
        mvc.perform(post("/api/v1/staff/credit-lookups").with(as("demo-county")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"" + person + "\",\"consentDocument\":\"授权书001\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from staff_consent where institution_id = ?").param(institutionId(next))
                .query(Long.class).single())
                .isZero();
        String json = expect(200, mvc.perform(post("/api/v1/staff/credit-lookups").with(as(nextAccount))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"" + person + "\",\"consentDocument\":\"授权书2026-001（本人签字）\"}")).andReturn().getResponse());
        assertThat(json).contains("信用人员").contains("ABUSE_FINDING").contains("RECIPIENT_EVALUATION").doesNotContain(person);
        assertThat(jdbc.sql("select document from staff_consent where institution_id = ?").param(institutionId(next)).query(String.class)
                .single()).isEqualTo("授权书2026-001（本人签字）");
        mvc.perform(post("/api/v1/staff/credit-lookups").with(as(nextAccount)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"idNumber\":\"" + idNumber() + "\",\"consentDocument\":\"授权书\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("未查到该公民身份号码的从业登记。"));

        // once consented and hired, the next employer reads every record on the employee's page too
        long hired = hire(nextAccount, next, "信用人员", person, "COOK", today);
        mvc.perform(get("/api/v1/staff/" + hired + "/evaluations").with(as(nextAccount))).andExpect(jsonPath("$.length()").value(2));
    }
}
