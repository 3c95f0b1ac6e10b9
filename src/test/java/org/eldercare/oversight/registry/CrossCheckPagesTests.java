package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/** REG-4 pages of the cross-check: the import form with bad rows, the report, the lead list and a lead, in 南华县. */
class CrossCheckPagesTests extends IntegrationTest {

    private static final String PW = "Cross#Pages2026";
    private static final String COUNTY = "532324";

    private String csv(String code) {
        return "统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n"
                + code + ",龙川镇福寿老年之家,市场监管,养老服务,南华县龙川镇,2024-01-02\n"
                + "91532324XXXXXXXXXX,代码错误的公司,市场监管,养老服务,南华县,2024-01-02\n";
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("file", "登记.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("REG-4 pages: bad rows shown on the form, nothing imported; good rows imported on request; report, lead list and lead")
    void importReportAndLeadPages() throws Exception {
        MockHttpSession supervisor = login(createUser("sup-nh", COUNTY, Set.of(Role.SUPERVISOR), PW), PW);
        String code = RegistryFixtures.uscc(COUNTY);

        String form = mvc.perform(multipart("/registry/imports").file(file(csv(code))).session(supervisor).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"import-bad-rows\"", "第3行：校验码（第18位）不正确，请核对代码是否抄错。");
        assertThat(jdbc.sql("select count(*) from registration_import where region_code = ?").param(COUNTY).query(Long.class).single())
                .isZero();

        String report = mvc.perform(multipart("/registry/imports").file(file(csv(code))).param("acceptGoodRows", "true")
                        .session(supervisor).with(csrf()))
                .andExpect(redirectedUrlPattern("/registry/imports/*"))
                .andExpect(flash().attribute("message", "文件已受理：共 2 行，涉及养老服务 1 行，跳过错误行 1 行，正在后台比对，进度见下方。"))
                .andReturn().getResponse().getRedirectedUrl();
        RegistrationImports.awaitDone(jdbc, Long.parseLong(report.substring(report.lastIndexOf('/') + 1)));
        assertThat(mvc.perform(get(report).session(supervisor)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("龙川镇福寿老年之家", "龙川镇：待核查", "登记未备案");

        long lead = jdbc.sql("select id from verification_lead where uscc = ?").param(code).query(Long.class).single();
        assertThat(page("/registry/leads", supervisor)).contains("龙川镇福寿老年之家", "期限 ");
        assertThat(page("/registry/leads?status=VERIFIED", supervisor)).contains("没有线索。");
        assertThat(page("/registry/leads/" + lead, supervisor)).contains("提交核查结果").doesNotContain("id=\"lead-result\"");

        mvc.perform(post("/registry/leads/" + lead).session(supervisor).with(csrf()).param("result", "NO_CONDITIONS"))
                .andExpect(redirectedUrl("/registry/leads/" + lead)).andExpect(flash().attribute("message", "核查结果已记录。"));
        mvc.perform(post("/registry/leads/" + lead).session(supervisor).with(csrf()).param("result", "OPERATING_UNFILED"))
                .andExpect(redirectedUrl("/registry/leads/" + lead)).andExpect(flash().attribute("error", "该线索已核查完毕。"));
        assertThat(page("/registry/leads/" + lead, supervisor)).contains("id=\"lead-result\"", "不具备开展养老服务条件")
                .doesNotContain("提交核查结果");
        assertThat(page("/registry/leads?status=VERIFIED", supervisor)).contains("龙川镇福寿老年之家", "不具备开展养老服务条件");
        assertThat(page("/registry/leads?status=ALL", supervisor)).contains("龙川镇福寿老年之家");
        assertThat(page("/registry/leads?status=OPEN", supervisor)).doesNotContain("龙川镇福寿老年之家");
        assertThat(page("/registry/leads?status=UNKNOWN", supervisor)).contains("没有线索。");
        assertThat(page(report, supervisor)).contains("龙川镇：不具备开展养老服务条件");

        mvc.perform(multipart("/registry/imports").file(file("")).session(supervisor).with(csrf()))
                .andExpect(redirectedUrl("/registry/imports"))
                .andExpect(flash().attribute("error", "请选择要导入的登记数据文件（CSV或Excel）。"));
    }

    @Test
    @DisplayName("REG-4 API: a file with bad rows is a problem detail with the Chinese count and each bad row's line and reason")
    void badRowsProblem() throws Exception {
        String supervisor = createUser("sup-nh-api", COUNTY, Set.of(Role.SUPERVISOR), PW);
        mvc.perform(multipart("/api/v1/registrations/imports").file(file(csv(RegistryFixtures.uscc(COUNTY))))
                        .with(httpBasic(supervisor, PW)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求有误"))
                .andExpect(jsonPath("$.detail").value("文件有 1 行错误，未导入任何数据；修正后重新上传，或选择只导入正确的行。"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].reason").value("校验码（第18位）不正确，请核对代码是否抄错。"));
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
