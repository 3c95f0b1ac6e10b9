package org.eldercare.oversight.registry;

import org.eldercare.oversight.registry.filing.Filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * REG-2/REG-3 on the workbench: the filing's next step is on the desk of whoever must take it — the institution for a
 * draft or a returned filing (and only that institution), the county's supervisors for a submitted one. Runs in
 * 元谋县 (532328), which no other test uses, so the workbench lists only what this test creates.
 */
class FilingTodoTests extends IntegrationTest {

    private static final String COUNTY = "532328";
    private static final String TOWN = "532328101000";
    private static final String PW = "Filing#Todo2026";

    @Autowired
    WorkingDayCalendar calendar;

    private String institution(RequestPostProcessor supervisor, String name) throws Exception {
        String uscc = RegistryFixtures.uscc(COUNTY);
        mvc.perform(post("/api/v1/institutions").with(supervisor).contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, name, TOWN))).andExpect(status().isCreated());
        return uscc;
    }

    private long idOf(String uscc) {
        return jdbc.sql("select id from institution where uscc = ?").param(uscc).query(Long.class).single();
    }

    private String institutionUser(String uscc) {
        String user = createUser("inst", COUNTY, Set.of(Role.INSTITUTION), PW);
        linkInstitution(user, idOf(uscc));
        return user;
    }

    private String workbench(MockHttpSession session) throws Exception {
        return mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The institution user starts an initial filing with the given first admission date; returns the filing's id. */
    private long startFiling(String uscc, String user, LocalDate firstAdmission) throws Exception {
        String json = mvc.perform(post("/api/v1/institutions/" + uscc + "/filings").with(httpBasic(user, PW))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstAdmissionDate\":\"" + firstAdmission + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private void uploadRequiredMaterials(long filing, String user) throws Exception {
        for (String m : RegistryFixtures.CHUXIONG_MATERIALS) {
            mvc.perform(multipart("/api/v1/filings/" + filing + "/attachments")
                    .file(new MockMultipartFile("file", "a.pdf", "application/pdf", RegistryFixtures.PDF))
                    .param("material", m).with(httpBasic(user, PW))).andExpect(status().isCreated());
        }
    }

    private void signCommitment(long filing, String user) throws Exception {
        mvc.perform(post("/api/v1/filings/" + filing + "/commitment").with(httpBasic(user, PW)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"signerName\":\"孙院长\",\"signerTitle\":\"院长\"}")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("REG-2/REG-3 filing to-dos: draft → the institution (due by the 10-working-day deadline),"
            + " submitted → supervisors, returned → the institution only")
    void filingTodosFollowTheFiling() throws Exception {
        String supervisorName = createUser("sup", COUNTY, Set.of(Role.SUPERVISOR), PW);
        RequestPostProcessor supervisor = httpBasic(supervisorName, PW);
        String name = "元谋县元马镇待办测试养老院";
        String uscc = institution(supervisor, name);
        String neighbour = institution(supervisor, "元谋县元马镇邻院养老院");
        String own = institutionUser(uscc);
        String other = institutionUser(neighbour);
        MockHttpSession ownDesk = login(own, PW);
        MockHttpSession otherDesk = login(other, PW);
        MockHttpSession supervisorDesk = login(supervisorName, PW);

        // the institution starts its filing: it sees the draft, due 10 working days after the first admission
        LocalDate admitted = LocalDate.now(clock).minusDays(2);
        long filing = startFiling(uscc, own, admitted);
        String due = calendar.deadline(admitted, 10).deadline().toString();
        assertThat(workbench(ownDesk)).contains("继续办理首次备案：" + name).contains(due);
        assertThat(workbench(otherDesk)).doesNotContain(name);
        assertThat(workbench(supervisorDesk)).doesNotContain(name);

        // submitted: off the institution's desk, onto the supervisors'
        uploadRequiredMaterials(filing, own);
        signCommitment(filing, own);
        mvc.perform(post("/api/v1/filings/" + filing + "/submit").with(httpBasic(own, PW))).andExpect(status().isOk());
        assertThat(workbench(ownDesk)).doesNotContain("备案：" + name).doesNotContain("补正：" + name);
        assertThat(workbench(supervisorDesk)).contains("首次备案待审核：" + name);

        // returned for correction: back to that institution alone, with the reason
        mvc.perform(post("/api/v1/filings/" + filing + "/return").with(supervisor).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"场所租赁证明已过期\"}")).andExpect(status().isOk());
        assertThat(workbench(supervisorDesk)).doesNotContain("首次备案待审核：" + name);
        assertThat(workbench(ownDesk)).contains("首次备案被退回补正：" + name + "（场所租赁证明已过期）");
        assertThat(workbench(otherDesk)).doesNotContain(name);

        // resubmitted and accepted: nothing left for the institution, the review is done, the REG-3 inspection is due
        mvc.perform(post("/api/v1/filings/" + filing + "/submit").with(httpBasic(own, PW))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/filings/" + filing + "/accept").with(supervisor)).andExpect(status().isOk());
        assertThat(workbench(ownDesk)).doesNotContain("备案：" + name).doesNotContain("补正：" + name);
        String desk = workbench(supervisorDesk);
        assertThat(desk).doesNotContain("待审核：" + name);
        // the inspection task (备案核查) and its to-do arrive through an event after commit
        for (int i = 0; i < 50 && !desk.contains("备案核查：" + name); i++) {
            Thread.sleep(100);
            desk = workbench(supervisorDesk);
        }
        assertThat(desk).contains("备案核查：" + name);
    }
}
