package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * #10 item 2 (REG-9, HAZ-7): building and fire-safety facts on the archive, the C/D major-hazard candidate, and the per-county
 * 消防安全标准化 rates, in 长治市's 潞州区 and 上党区 (used by no other test, so the fixture's counts are the whole
 * prefecture).
 */
class BuildingSafetyFiguresTests extends IntegrationTest {

    private static final String PW = "Jinzhong#Sup2026";

    private String township(String county, String name) {
        return jdbc.sql("select code from region where parent_code = ? and name = ?").params(county, name).query(String.class).single();
    }

    private String create(RequestPostProcessor as, String county, String town, String name, String building) throws Exception {
        String uscc = RegistryFixtures.uscc(county);
        String json = RegistryFixtures.institutionJson(uscc, name, town).replace("\"operatingStatus\":\"OPERATING\"", building);
        mvc.perform(post("/api/v1/institutions").with(as).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated());
        return uscc;
    }

    private static String facts(String status, String selfBuilt, String appraisal, String standard) {
        return "\"operatingStatus\":\"" + status + "\",\"selfBuilt\":" + selfBuilt + appraisal + standard;
    }

    private static String graded(String grade) {
        return ",\"appraisalDate\":\"2026-03-02\",\"appraisalGrade\":\"" + grade + "\"";
    }

    private static String standard(String status) {
        return ",\"fireStandard\":\"" + status + "\",\"fireStandardDate\":\"2026-05-01\",\"fireStandardEvidence\":\"晋消标〔2026〕7号\"";
    }

    @Test
    @DisplayName("#10 item 2 acceptance: 消防安全标准化 rates per county match the hand-computed fixture (page, API, Excel)")
    void ratesPerCounty() throws Exception {
        String sup = createUser("cz", "140400", Set.of(Role.SUPERVISOR), PW);
        RequestPostProcessor as = httpBasic(sup, PW);
        String heshun = township("140403", "马厂镇");
        String xiyang = township("140404", "苏店镇");
        // 潞州区: 3 in service (1 自建房, 2 appraised, 1 grade C, 达标 + 标杆 = 2 → 66.7%); a terminated 达标 one is left out
        create(as, "140403", heshun, "潞州区马厂镇甲养老院", facts("OPERATING", "true", graded("C"), standard("MET")));
        create(as, "140403", heshun, "潞州区马厂镇乙养老院", facts("OPERATING", "false", graded("A"), standard("BENCHMARK")));
        create(as, "140403", heshun, "潞州区马厂镇丙养老院", facts("SUSPENDED", "false", "", ",\"fireStandard\":\"IN_PROGRESS\""));
        create(as, "140403", heshun, "潞州区马厂镇丁养老院", facts("TERMINATED", "true", graded("D"), standard("MET")));
        // 上党区: 4 (1 自建房, 1 appraised grade D, 1 达标 → 25.0%)
        create(as, "140404", xiyang, "上党区苏店镇甲养老院", facts("OPERATING", "true", graded("D"), ""));
        create(as, "140404", xiyang, "上党区苏店镇乙养老院", facts("OPERATING", "false", "", ""));
        create(as, "140404", xiyang, "上党区苏店镇丙养老院", facts("OPERATING", "false", "", ",\"fireStandard\":\"NOT_STARTED\""));
        create(as, "140404", xiyang, "上党区苏店镇丁养老院", facts("OPERATING", "false", "", standard("MET")));

        String base = "$.parts[?(@.code == '%s')].";
        mvc.perform(get("/api/v1/registry/building-safety").with(as)).andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value("140400")).andExpect(jsonPath("$.childLevelName").value("县（市、区）"))
                .andExpect(jsonPath(base.formatted("140403") + "institutions").value(3))
                .andExpect(jsonPath(base.formatted("140403") + "selfBuilt").value(1))
                .andExpect(jsonPath(base.formatted("140403") + "appraised").value(2))
                .andExpect(jsonPath(base.formatted("140403") + "unsafe").value(1))
                .andExpect(jsonPath(base.formatted("140403") + "standardised").value(2))
                .andExpect(jsonPath(base.formatted("140403") + "standardisedRate").value(66.7))
                .andExpect(jsonPath(base.formatted("140404") + "institutions").value(4))
                .andExpect(jsonPath(base.formatted("140404") + "selfBuilt").value(1))
                .andExpect(jsonPath(base.formatted("140404") + "appraised").value(1))
                .andExpect(jsonPath(base.formatted("140404") + "unsafe").value(1))
                .andExpect(jsonPath(base.formatted("140404") + "standardised").value(1))
                .andExpect(jsonPath(base.formatted("140404") + "standardisedRate").value(25.0))
                .andExpect(jsonPath(base.formatted("140405") + "institutions").value(0))
                .andExpect(jsonPath("$.total.institutions").value(7)).andExpect(jsonPath("$.total.standardisedRate").value(42.9));

        MockHttpSession s = login(sup, PW);
        String html = mvc.perform(get("/registry/reports").session(s)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("潞州区").contains("66.7%").contains("25.0%").contains("42.9%");
        byte[] xlsx = mvc.perform(get("/registry/reports/building.xlsx").session(s)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).containsExactly("潞州区", "3", "1", "2", "1", "2", "66.7"));
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).containsExactly("上党区", "4", "1", "1", "1", "1", "25.0"));
        assertThat(rows.get(rows.size() - 1).values()).containsExactly("合计", "7", "2", "3", "2", "3", "42.9");

        // the county's own supervisor sees its townships only; a sibling county is outside the scope (404)
        String county = createUser("hs", "140403", Set.of(Role.SUPERVISOR), PW);
        mvc.perform(get("/api/v1/registry/building-safety").with(httpBasic(county, PW))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total.institutions").value(3))
                .andExpect(jsonPath(base.formatted(heshun) + "standardisedRate").value(66.7));
        mvc.perform(get("/api/v1/registry/building-safety").param("region", "140404").with(httpBasic(county, PW)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("#10 item 2 acceptance: an archive appraised grade C shows as a major-hazard candidate (archive, list, flag filter, API)")
    void gradeCIsAMajorHazardCandidate() throws Exception {
        String sup = createUser("jzc", "140105", Set.of(Role.SUPERVISOR), PW);
        RequestPostProcessor as = httpBasic(sup, PW);
        String town = township("140105", "坞城街道");
        String safe = create(as, "140105", town, "小店区坞城街道安康养老院", facts("OPERATING", "false", graded("B"), ""));
        String unsafe = create(as, "140105", town, "小店区坞城街道福寿养老院", facts("OPERATING", "true", "", ""));
        long id = jdbc.sql("select id from institution where uscc = ?").param(unsafe).query(Long.class).single();
        MockHttpSession s = login(sup, PW);

        // a supervisor records the appraisal on the archive form; the change history keeps it
        mvc.perform(post("/registry/institutions/" + id).session(s).with(csrf()).param("uscc", unsafe).param("name", "小店区坞城街道福寿养老院")
                        .param("legalForm", "NON_PROFIT").param("kind", "NURSING_HOME").param("address", "坞城街道1号").param("regionCode", town)
                        .param("bedsTotal", "100").param("nursingBeds", "60").param("selfBuilt", "true")
                        .param("appraisalDate", "2026-10-09")
                        .param("appraisalGrade", "C").param("fireStandard", "IN_PROGRESS").param("operatingStatus", "OPERATING"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/registry/institutions/" + id).session(s)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"building-hazard\"").contains("重大隐患（房屋安全鉴定C/D级）候选").contains("2026-10-09 C级");
        mvc.perform(get("/api/v1/institutions/" + unsafe + "/history").with(as))
                .andExpect(jsonPath("$[0].fields[?(@.field == '房屋安全鉴定等级')].after").value("C级"));
        mvc.perform(get("/api/v1/institutions/" + unsafe).with(as)).andExpect(jsonPath("$.buildingHazardCandidate").value(true))
                .andExpect(jsonPath("$.appraisalGrade").value("C")).andExpect(jsonPath("$.selfBuilt").value(true))
                .andExpect(jsonPath("$.fireStandardLabel").value("创建中"));
        mvc.perform(get("/api/v1/institutions/" + safe).with(as)).andExpect(jsonPath("$.buildingHazardCandidate").value(false));

        mvc.perform(get("/api/v1/institutions").param("region", "140105").param("flag", "buildingHazard").with(as))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].uscc").value(unsafe))
                .andExpect(jsonPath("$.items[0].buildingHazard").value(true));
        String list = mvc.perform(get("/registry/institutions").param("region", "140105").session(s))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("重大隐患（房屋安全鉴定C/D级）候选").contains("小店区坞城街道安康养老院");
        assertThat(list.split("重大隐患（房屋安全鉴定C/D级）候选</span>", -1)).hasSize(2);

        // bad input: a grade without its date, 达标 without date — a Chinese 400 and nothing changes
        String bad = RegistryFixtures.institutionJson(safe, "小店区坞城街道安康养老院", town)
                .replace("\"operatingStatus\":\"OPERATING\"", "\"operatingStatus\":\"OPERATING\",\"appraisalGrade\":\"D\"");
        mvc.perform(put("/api/v1/institutions/" + safe).with(as).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("选择了房屋安全鉴定等级，请同时填写鉴定日期。"));
        String noDate = RegistryFixtures.institutionJson(safe, "小店区坞城街道安康养老院", town)
                .replace("\"operatingStatus\":\"OPERATING\"", "\"operatingStatus\":\"OPERATING\",\"fireStandard\":\"MET\"");
        mvc.perform(put("/api/v1/institutions/" + safe).with(as).contentType(MediaType.APPLICATION_JSON).content(noDate))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("消防安全标准化状态为“达标”时，请填写达标（标杆）日期。"));
        mvc.perform(get("/api/v1/institutions/" + safe).with(as)).andExpect(jsonPath("$.appraisalGrade").value("B"))
                .andExpect(jsonPath("$.fireStandard").value("NOT_STARTED"));
    }
}
