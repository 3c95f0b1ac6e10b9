package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** REG-5 无证机构台账, REG-6 name report, REG-7 消防审验 report, in 永仁县 (used by no other test). */
class RegistryRegisterTests extends IntegrationTest {

    private static final String PW = "Yongren#Sup2026";
    private static final String TOWN = "532327101000"; // 永定镇

    private String supervisor() {
        return createUser("yr", "532327", Set.of(Role.SUPERVISOR), PW);
    }

    private void institution(String sup, String name, String fire, String floorArea, int residents) throws Exception {
        String json = RegistryFixtures.institutionJson(RegistryFixtures.uscc("532327"), name, TOWN)
                .replace("\"PASSED\"", "\"" + fire + "\"").replace("\"residents\":40", "\"residents\":" + residents)
                .replace("\"staff\":20", "\"staff\":20,\"floorArea\":" + floorArea);
        mvc.perform(post("/api/v1/institutions").with(httpBasic(sup, PW)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated());
    }

    @Test
    @DisplayName("REG-6 and REG-7 reports count per county; the 消防审验 special report exports to Excel with totals")
    void reports() throws Exception {
        String sup = supervisor();
        institution(sup, "永仁县永定镇福寿养老院", "PAPERWORK_ONLY", "500.5", 20);
        institution(sup, "永定夕阳红老年公寓", "PAPERWORK_ONLY", "300", 12);
        institution(sup, "幸福之家", "PASSED", "100", 5);
        MockHttpSession s = login(sup, PW);
        String html = mvc.perform(get("/registry/reports").session(s)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("不规范 <strong id=\"irregular-total\">1</strong> 家").contains("幸福之家")
                .contains("缺少行政区划；缺少组织形式；缺少行业表述（如养老院、敬老院、老年公寓、养老中心）")
                .contains("<strong id=\"fire-count\">2</strong> 家").contains("800.5").doesNotContain("楚雄市鹿城镇");
        byte[] xlsx = mvc.perform(get("/registry/reports/fire.xlsx").session(s)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows).hasSize(1 + 2 + 1);
        assertThat(rows.get(3).values()).contains("合计", "2 家", "800.5", "32");
    }

    @Test
    @DisplayName("REG-5 无证机构台账: register a site with risks and disposal, list, export; bad input refused; other regions cannot see it")
    void unlicensedRegister() throws Exception {
        String sup = supervisor();
        MockHttpSession s = login(sup, PW);
        mvc.perform(post("/registry/unlicensed").session(s).with(csrf()).param("name", "永定镇无名托老点").param("address", "永定镇某村12号")
                        .param("regionCode", TOWN).param("housingNature", "自建民房").param("residents", "9").param("staff", "2")
                        .param("fees", "每月1800元").param("fireRisk", "无自动喷淋，疏散通道堆物").param("proposedDisposal", "责令停止收住并分流安置")
                        .param("source", "PATROL").param("discoveredOn", "2026-11-01").param("status", "OPEN"))
                .andExpect(status().is3xxRedirection());
        String list = mvc.perform(get("/registry/unlicensed").session(s)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("永定镇无名托老点").contains("无自动喷淋").contains("待处置");
        String bad = mvc.perform(post("/registry/unlicensed").session(s).with(csrf()).param("name", "缺地址").param("address", "")
                .param("regionCode", TOWN).param("discoveredOn", "2026-11-01")).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("请填写“地址”。").contains("缺地址");
        byte[] xlsx = mvc.perform(get("/registry/unlicensed/export").session(s)).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows.get(1).values()).contains("永定镇无名托老点", "自建民房", "每月1800元", "待处置", "日常巡查");
        long id = jdbc.sql("select id from unlicensed_site where name = '永定镇无名托老点'").query(Long.class).single();
        mvc.perform(get("/registry/unlicensed/" + id).session(login("demo-county", DEMO_PASSWORD))).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/registry/unlicensed").session(login("demo-county", DEMO_PASSWORD))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("永定镇无名托老点");
    }
}
