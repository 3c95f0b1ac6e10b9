package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

class RegistryPagesTests extends IntegrationTest {

    @Test
    @DisplayName("REG-1/REG-2 pages: a supervisor creates an archive, files it through the forms, and sees it in the list")
    void supervisorFilesThroughPages() throws Exception {
        MockHttpSession s = login("demo-county", DEMO_PASSWORD);
        String uscc = RegistryFixtures.uscc("532301");
        String name = "页面测试养老院" + uscc.substring(12);
        String location = mvc.perform(post("/registry/institutions").session(s).with(csrf())
                        .param("uscc", uscc.toLowerCase()).param("name", name).param("legalForm", "NON_PROFIT")
                        .param("kind", "NURSING_HOME")
                        .param("address", "楚雄市东瓜镇页面路2号").param("regionCode", "532301102000").param("bedsTotal", "80")
                        .param("nursingBeds", "50").param("residents", "30").param("staff", "12").param("fireAcceptance", "PASSED")
                        .param("operatingStatus", "OPERATING").param("safetyNet", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/registry/institutions/");
        String detail = mvc.perform(get(location).session(s)).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains(name).contains("兜底保障机构").contains("未备案");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String filingUrl = mvc.perform(post("/registry/institutions/" + id + "/filings").session(s).with(csrf()).param("kind", "INITIAL"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(filingUrl).startsWith("/registry/filings/");
        for (String m : RegistryFixtures.CHUXIONG_MATERIALS) {
            mvc.perform(multipart(filingUrl + "/attachments")
                    .file(new MockMultipartFile("file", "证明.pdf", "application/pdf", RegistryFixtures.PDF))
                    .param("material", m).session(s).with(csrf())).andExpect(status().is3xxRedirection());
        }
        mvc.perform(multipart(filingUrl + "/commitment/paper")
                .file(new MockMultipartFile("scan", "承诺书原件.pdf", "application/pdf", RegistryFixtures.PDF))
                .param("signerName", "周七").param("signerTitle", "院长").session(s).with(csrf()))
                .andExpect(flash().attribute("message", "已代录纸质书面信用承诺，原件扫描件已存档。"));
        mvc.perform(post(filingUrl + "/submit").session(s).with(csrf()));
        mvc.perform(post(filingUrl + "/accept").session(s).with(csrf()));
        String filingPage = mvc.perform(get(filingUrl).session(s)).andReturn().getResponse().getContentAsString();
        assertThat(filingPage).contains("已备案").contains("楚民养备〔").contains("周七").contains("证明.pdf");
        String list = mvc.perform(get("/registry/institutions").param("q", name).session(s)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(name).contains("已备案");
        String history = mvc.perform(get(location).param("tab", "history").session(s)).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("备案通过").contains("建档");
        assertThat(mvc.perform(get("/public/commitments").param("region", "532301")).andReturn().getResponse().getContentAsString())
                .contains(name).contains("周七");
    }

    @Test
    @DisplayName("REG-1 the institution list exports to Excel with Chinese headers and the filtered rows")
    void excelExport() throws Exception {
        MockHttpSession s = login("demo-county", DEMO_PASSWORD);
        String uscc = RegistryFixtures.uscc("532301");
        mvc.perform(post("/registry/institutions").session(s).with(csrf()).param("uscc", uscc).param("name", "导出测试敬老院")
                .param("legalForm", "PUBLIC").param("kind", "RURAL_CENTER").param("address", "吕合镇").param("regionCode", "532301103000")
                .param("bedsTotal", "40").param("nursingBeds", "10"));
        byte[] xlsx = mvc.perform(get("/registry/institutions/export").param("q", uscc).session(s))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows.get(0).values()).contains("统一社会信用代码", "机构名称", "备案状态", "护理型床位");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).values()).contains(uscc, "导出测试敬老院", "农村区域养老服务中心（敬老院）", "未备案", "40", "10");
    }

    @Test
    @DisplayName("REG-1 pages: live USCC check answers in Chinese; a bad archive form keeps the input and shows the reason")
    void formFeedback() throws Exception {
        MockHttpSession s = login("demo-county", DEMO_PASSWORD);
        assertThat(mvc.perform(get("/registry/uscc-check").param("uscc", "91350100M000100Y43").session(s))
                        .andReturn().getResponse().getContentAsString())
                .contains("代码有效：市场监管（工商） · 企业");
        assertThat(mvc.perform(get("/registry/uscc-check").param("uscc", "9135").session(s)).andReturn().getResponse().getContentAsString())
                .contains("统一社会信用代码应为18位，当前为4位。");
        String html = mvc.perform(post("/registry/institutions").session(s).with(csrf()).param("uscc", RegistryFixtures.uscc("532301"))
                        .param("name", "保留输入养老院").param("legalForm", "NON_PROFIT").param("kind", "NURSING_HOME").param("address", "x")
                        .param("regionCode", "532301101000").param("bedsTotal", "10").param("nursingBeds", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("护理型床位（20张）不能多于床位总数（10张）。").contains("保留输入养老院");
    }

    @Test
    @DisplayName("#9-13: a form the role cannot save is refused when opened (township: new and edit archive, another's self-report)")
    void formsTheRoleCannotSaveAreRefusedOnOpening() throws Exception {
        MockHttpSession township = login("demo-township", DEMO_PASSWORD);
        long id = jdbc.sql("select id from institution where region_code like '532301%' order by id limit 1").query(Long.class).single();
        mvc.perform(get("/registry/institutions/new").session(township)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/institutions/" + id + "/edit").session(township)).andExpect(status().isForbidden());
        mvc.perform(get("/registry/institutions/" + id + "/self-report").session(township)).andExpect(status().isForbidden());
        MockHttpSession county = login("demo-county", DEMO_PASSWORD);
        mvc.perform(get("/registry/institutions/new").session(county)).andExpect(status().isOk());
        mvc.perform(get("/registry/institutions/" + id + "/edit").session(county)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("The registry is for business roles: administrators are refused (三员分立)")
    void adminsCannotReadRegistry() throws Exception {
        mvc.perform(get("/api/v1/institutions").with(httpBasic("sysadmin", DEMO_PASSWORD))).andExpect(status().isForbidden());
    }
}
