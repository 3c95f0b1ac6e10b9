package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** #9 item 10: a county flags another county's registrations; a prefecture routes them to that county. */
class CrossCheckJurisdictionTests extends IntegrationTest {

    private String importAs(String user, String csv) throws Exception {
        String json = mvc.perform(multipart("/api/v1/registrations/imports")
                        .file(new MockMultipartFile("file", "登记数据.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic(user, DEMO_PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = RegistrationImports.id(json);
        RegistrationImports.awaitDone(jdbc, id);
        return mvc.perform(get("/api/v1/registrations/imports/" + id).with(httpBasic(user, DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString();
    }

    private long leads(String uscc) {
        return jdbc.sql("select count(*) from verification_lead where uscc = ?").param(uscc).query(Long.class).single();
    }

    @Test
    @DisplayName("#9-10: 楚雄市 importing a 禄丰市 registration flags it (非本辖区) and sends no lead to its own townships")
    void aCountyFlagsAnotherCountysRegistration() throws Exception {
        String lufeng = RegistryFixtures.uscc("532302");
        String report = importAs("demo-county", "统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n"
                + lufeng + ",禄丰市金山镇某养老服务中心,民政,养老服务,禄丰市金山镇,2024-01-02\n");
        assertThat((List<String>) JsonPath.read(report, "$.rows[?(@.uscc == '" + lufeng + "')].outOfJurisdiction"))
                .containsExactly("禄丰市");
        assertThat(leads(lufeng)).isZero();
    }

    @Test
    @DisplayName("#9-10: the prefecture importing the same kind of registration routes the lead to 禄丰市")
    void aPrefectureRoutesItToTheCounty() throws Exception {
        String lufeng = RegistryFixtures.uscc("532302");
        String report = importAs("demo-supervisor", "统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n"
                + lufeng + ",禄丰市某养老服务中心,民政,养老服务,,2024-01-02\n");
        assertThat((List<Object>) JsonPath.read(report, "$.rows[?(@.uscc == '" + lufeng + "')].outOfJurisdiction"))
                .containsExactly((Object) null);
        assertThat(jdbc.sql("select region_code from verification_lead where uscc = ?").param(lufeng).query(String.class).single())
                .isEqualTo("532302");
    }
}
