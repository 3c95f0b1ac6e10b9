package org.eldercare.oversight.registry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** #9 item 14: what the archive refuses outright, and what it saves with a warning to check. */
class ArchiveValidationTests extends FilingTestBase {

    private String json(String uscc, String extra) {
        String base = RegistryFixtures.institutionJson(uscc, "校验测试养老院" + uscc.substring(10), TOWNSHIP);
        return base.substring(0, base.lastIndexOf('}')) + extra + "}";
    }

    @Test
    @DisplayName("#9-14: a first-admission date in the future is refused with a Chinese reason, and nothing is saved")
    void aFutureFirstAdmissionIsRefused() throws Exception {
        String uscc = RegistryFixtures.uscc("532301");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        asCounty(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
                .content(json(uscc, ",\"firstAdmissionDate\":\"" + tomorrow + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("首次收住老人日期（" + tomorrow + "）晚于今天")));
        asCounty(get("/api/v1/institutions/" + uscc)).andExpect(status().isNotFound());

        String saved = createInstitution();
        asCounty(post("/api/v1/institutions/" + saved + "/filings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstAdmissionDate\":\"" + tomorrow + "\"}")).andExpect(status().isBadRequest());
        asCounty(get("/api/v1/institutions/" + saved)).andExpect(jsonPath("$.firstAdmissionDate").doesNotExist())
                .andExpect(jsonPath("$.filings", hasSize(0)));
    }

    @Test
    @DisplayName("#9-14: more residents than beds is saved as reported, with a warning on the archive and in the API")
    void moreResidentsThanBedsIsSavedWithAWarning() throws Exception {
        String uscc = createInstitution();
        asCounty(get("/api/v1/institutions/" + uscc)).andExpect(jsonPath("$.warnings", hasSize(0)));
        String body = json(uscc, "").replace("\"residents\":40", "\"residents\":130");
        asCounty(put("/api/v1/institutions/" + uscc).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.residents").value(130))
                .andExpect(jsonPath("$.warnings[0]").value(containsString("在住老人（130人）多于床位总数（100张）")));
        long id = idOf(uscc);
        mvc.perform(get("/registry/institutions/" + id).with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(content().string(containsString("id=\"archive-warnings\"")))
                .andExpect(content().string(containsString("多于床位总数")));
    }

    @Test
    @DisplayName("#9-14: a code issued by another county's authority is saved with a warning naming both; a 州-level code is not")
    void aCodeFromAnotherCountyIsWarned() throws Exception {
        String fromShuangbai = RegistryFixtures.uscc("532322");
        asCounty(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content(json(fromShuangbai, "")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[0]").value(containsString("532322（双柏县）与机构所在县级区划（楚雄市）不一致")));
        String fromPrefecture = RegistryFixtures.uscc("532300");
        asCounty(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content(json(fromPrefecture, "")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.warnings", hasSize(0)));
    }

    private long idOf(String uscc) throws Exception {
        String body = asCounty(get("/api/v1/institutions/" + uscc)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
