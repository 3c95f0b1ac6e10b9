package org.eldercare.oversight.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The filing steps a supervisor of 楚雄市 (demo-county) takes through the API, shared by the filing tests. */
abstract class FilingTestBase extends IntegrationTest {

    static final String TOWNSHIP = "532301101000";

    @Autowired
    WorkingDayCalendar calendar;

    ResultActions asCounty(AbstractMockHttpServletRequestBuilder<?> b) throws Exception {
        return mvc.perform(b.with(httpBasic("demo-county", DEMO_PASSWORD)));
    }

    String createInstitution() throws Exception {
        String uscc = RegistryFixtures.uscc("532301");
        asCounty(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "楚雄市测试养老院" + uscc.substring(10), TOWNSHIP)))
                .andExpect(status().isCreated());
        return uscc;
    }

    long draft(String uscc, String body) throws Exception {
        String json = asCounty(post("/api/v1/institutions/" + uscc + "/filings").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    void completeMaterials(long filing) throws Exception {
        for (String m : RegistryFixtures.CHUXIONG_MATERIALS) {
            asCounty(multipart("/api/v1/filings/" + filing + "/attachments")
                    .file(new MockMultipartFile("file", m + ".pdf", "application/pdf", RegistryFixtures.PDF))
                    .param("material", m)).andExpect(status().isCreated());
        }
        asCounty(paperCommitment(filing, "李四", "院长")).andExpect(status().isOk());
    }

    /** 代录: the county supervisor enters the commitment signed on paper, with the scan of the original. */
    static MockMultipartHttpServletRequestBuilder paperCommitment(long filing, String signer, String title) {
        return multipart("/api/v1/filings/" + filing + "/commitment/paper")
                .file(new MockMultipartFile("scan", "承诺书原件.pdf", "application/pdf", RegistryFixtures.PDF))
                .param("signerName", signer).param("signerTitle", title);
    }

    long submittedFiling(String uscc) throws Exception {
        long filing = draft(uscc, "{\"kind\":\"INITIAL\"}");
        completeMaterials(filing);
        asCounty(post("/api/v1/filings/" + filing + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        return filing;
    }
}
