package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** #9 item 15 (part): what the archive's history and lists tell their readers. */
class RegistryLabelsTests extends FilingTestBase {

    @Test
    @DisplayName("#9-15: a supervisor editing self-reported facts is recorded as 民政代为更新, shown with the supervisor's name")
    void aBureauUpdateOfSelfReportedFacts() throws Exception {
        String uscc = createInstitution();
        asCounty(put("/api/v1/institutions/" + uscc + "/self-report").contentType(MediaType.APPLICATION_JSON)
                .content("{\"contactName\":\"王五\",\"bedsTotal\":110,\"nursingBeds\":60,\"residents\":40,\"staff\":20}"))
                .andExpect(status().isOk());
        String shownName = jdbc.sql("select display_name from user_account where username = 'demo-county'").query(String.class).single();
        asCounty(get("/api/v1/institutions/" + uscc + "/history"))
                .andExpect(jsonPath("$[0].action").value("SELF_REPORT_BY_BUREAU"))
                .andExpect(jsonPath("$[0].changedBy").value("demo-county"))
                .andExpect(jsonPath("$[0].changedByName").value(shownName));
        long id = jdbc.sql("select id from institution where uscc = ?").param(uscc).query(Long.class).single();
        String page = mvc.perform(get("/registry/institutions/" + id).param("tab", "history").session(login("demo-county", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("民政代为更新").contains(shownName);
    }

    @Test
    @DisplayName("#9-15: an institution whose filing awaits the bureau shows 待审核 in the list and on its badge")
    void aSubmittedFilingShowsAwaitingReview() throws Exception {
        String uscc = createInstitution();
        submittedFiling(uscc);
        asCounty(get("/api/v1/institutions/" + uscc)).andExpect(jsonPath("$.filingStatusLabel").value("待审核"));
        String list = mvc.perform(get("/registry/institutions").param("q", uscc).session(login("demo-county", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("待审核");
    }
}
