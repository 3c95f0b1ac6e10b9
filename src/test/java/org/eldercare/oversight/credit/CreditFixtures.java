package org.eldercare.oversight.credit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.codes.Uscc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Credit tests' own institutions in 大理市 (大理镇), with a sibling county 漾濞县 (苍山西镇), created through the registry API so
 * no other test's data is touched.
 */
final class CreditFixtures {

    static final String COUNTY = "532901";
    static final String TOWNSHIP = "532901102000";
    static final String SIBLING = "532922";
    static final String SIBLING_TOWNSHIP = "532922101000";

    private CreditFixtures() {
    }

    /** A fresh valid code registered in 大理 ("CR" keeps it apart from other tests' codes). */
    static String uscc() {
        return Uscc.complete("91532901CR" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))).value();
    }

    /** Creates an institution (a service site) of {@code uscc} in {@code township} as the supervisor; its id. */
    static long institution(MockMvc mvc, String supervisor, String password, String uscc, String name, String township) throws Exception {
        String json = """
                {"uscc":"%s","name":"%s","legalForm":"FOR_PROFIT","kind":"NURSING_HOME","address":"大理信用测试路1号",
                 "regionCode":"%s","legalRepName":"张三","principalName":"李四","contactName":"王五","contactPhone":"13812345678",
                 "bedsTotal":60,"nursingBeds":30,"residents":20,"staff":10,"fireAcceptance":"PASSED","operatingStatus":"OPERATING"}"""
                .formatted(uscc, name, township);
        MockHttpServletResponse r = mvc.perform(post("/api/v1/institutions").with(httpBasic(supervisor, password))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        if (r.getStatus() != 201 && r.getStatus() != 200) {
            throw new IllegalStateException("institution not created: " + r.getStatus() + " " + r.getContentAsString());
        }
        return ((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue();
    }
}
