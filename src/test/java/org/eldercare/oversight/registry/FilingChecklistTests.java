package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.SystemUserTestAccess;
import org.eldercare.oversight.region.RegionService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * REG-11 (#10 item 3) regional filing rules: the checklist of the institution's region decides which materials a filing
 * needs, what may replace one and what exempts one; a region's supervisor sets it, below it regions inherit it until they
 * set their own, and 恢复继承 returns to the inherited one. Test regions of their own (93…, 94…) keep the changes here.
 */
class FilingChecklistTests extends FilingTestBase {

    private static final String PW = "Checklist#Rule2026";
    private static final String TWO_REQUIRED_AND_FIRE = """
            {"rules":[{"material":"REGISTRATION_CERTIFICATE","requirement":"REQUIRED"},{"material":"SITE_PROOF","requirement":"REQUIRED"},
             {"material":"FIRE_SAFETY","requirement":"REQUIRED"},{"material":"OTHER","requirement":"OPTIONAL"}]}""";

    @Autowired
    RegionService regionService;

    /** A test province with a prefecture (..0100), two counties (..0101 甲区, ..0102 乙区) and a township in each. */
    private void testTree(String province, String name) {
        if (jdbc.sql("select count(*) from region where code = ?").param(province).query(Long.class).single() > 0) {
            return;
        }
        String p = province.substring(0, 2);
        String csv = province + "," + name + ",000000\n" + p + "0100," + name + "测试市," + province + "\n"
                + p + "0101," + name + "甲区," + p + "0100\n" + p + "0102," + name + "乙区," + p + "0100\n"
                + p + "0101101000," + name + "甲镇," + p + "0101\n" + p + "0102101000," + name + "乙镇," + p + "0102\n";
        SystemUserTestAccess.asRoot(() -> regionService.importCsv(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private RequestPostProcessor supervisor(String region) {
        return httpBasic(createUser("ck-" + region, region, Set.of(Role.SUPERVISOR), PW), PW);
    }

    /** An institution in {@code township}, archived by {@code as}, with a draft filing carrying two materials and the commitment. */
    private long draftWithTwoMaterials(RequestPostProcessor as, String county, String township, String extraJson) throws Exception {
        String uscc = RegistryFixtures.uscc(county);
        mvc.perform(post("/api/v1/institutions").with(as).contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "清单测试养老院" + uscc.substring(10), township)
                        .replace("\"operatingStatus\"", extraJson + "\"operatingStatus\"")))
                .andExpect(status().isCreated());
        long filing = ((Number) JsonPath.read(mvc.perform(post("/api/v1/institutions/" + uscc + "/filings").with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        for (String m : new String[] {"REGISTRATION_CERTIFICATE", "SITE_PROOF"}) {
            upload(as, filing, m);
        }
        mvc.perform(paperCommitment(filing, "李四", "院长").with(as)).andExpect(status().isOk());
        return filing;
    }

    private void upload(RequestPostProcessor as, long filing, String material) throws Exception {
        mvc.perform(multipart("/api/v1/filings/" + filing + "/attachments").with(as).param("material", material)
                .file(new MockMultipartFile("file", material + ".pdf", "application/pdf", RegistryFixtures.PDF)))
                .andExpect(status().isCreated());
    }

    private ResultActions checklist(RequestPostProcessor as, long filing) throws Exception {
        return mvc.perform(get("/api/v1/filings/" + filing + "/checklist").with(as)).andExpect(status().isOk());
    }

    private static String item(String material) {
        return "$.checklist.items[?(@.material == '" + material + "')]";
    }

    @Test
    @DisplayName("REG-11 acceptance (#10): the filing checklist differs between two regions with different settings")
    void checklistDiffersBetweenRegions() throws Exception {
        testTree("930000", "癸测试省");
        RequestPostProcessor prefecture = supervisor("930100");
        mvc.perform(put("/api/v1/filing-checklists/930101").with(prefecture).contentType(MediaType.APPLICATION_JSON)
                .content(TWO_REQUIRED_AND_FIRE)).andExpect(status().isOk()).andExpect(jsonPath("$.own").value(true));
        long strict = draftWithTwoMaterials(prefecture, "930101", "930101101000", "");
        long plain = draftWithTwoMaterials(prefecture, "930102", "930102101000", "");

        checklist(prefecture, strict).andExpect(jsonPath("$.checklist.checklistRegionName").value("癸测试省甲区"))
                .andExpect(jsonPath("$.checklist.items[*].material")
                        .value(org.hamcrest.Matchers.contains("REGISTRATION_CERTIFICATE", "SITE_PROOF", "FIRE_SAFETY", "OTHER")))
                .andExpect(jsonPath(item("FIRE_SAFETY") + ".text").value("缺少"));
        checklist(prefecture, plain).andExpect(jsonPath("$.checklist.checklistRegionName").value("全国"))
                .andExpect(jsonPath("$.checklist.items.length()").value(7))
                .andExpect(jsonPath(item("FIRE_SAFETY") + ".text").value("未提交（选交）"));

        mvc.perform(post("/api/v1/filings/" + strict + "/submit").with(prefecture)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("按癸测试省甲区备案材料清单，提交前还须上传：消防安全材料。"));
        assertThat(jdbc.sql("select status from filing where id = ?").param(strict).query(String.class).single()).isEqualTo("DRAFT");
        mvc.perform(post("/api/v1/filings/" + plain + "/submit").with(prefecture)).andExpect(status().isOk());
        upload(prefecture, strict, "FIRE_SAFETY");
        mvc.perform(post("/api/v1/filings/" + strict + "/submit").with(prefecture)).andExpect(status().isOk());
        // and 楚雄's preset (seed 002-3) is not the national default either
        mvc.perform(get("/api/v1/filing-checklists/532301").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.sourceName").value("楚雄彝族自治州"))
                .andExpect(jsonPath("$.rules[?(@.material == 'ORIGINAL_BUILDING_RECORDS')].substitute").value("STRUCTURAL_SAFETY_REPORT"));
    }

    @Test
    @DisplayName("REG-11 楚雄 (002-3): the structural safety report replaces the old building's records; a detached building"
            + " of at most 1000㎡ is exempt from three papers; above it, or in another building, it is not")
    void substitutionAndExemption() throws Exception {
        RequestPostProcessor county = httpBasic("demo-county", DEMO_PASSWORD);
        long small = draftWithTwoMaterials(county, "532301", TOWNSHIP, "\"floorArea\":800,");
        upload(county, small, "STRUCTURAL_SAFETY_REPORT");
        checklist(county, small).andExpect(jsonPath(item("ORIGINAL_BUILDING_RECORDS") + ".state").value("SUBSTITUTED"))
                .andExpect(jsonPath(item("ORIGINAL_BUILDING_RECORDS") + ".text").value("以房屋建筑结构安全性鉴定报告替代"))
                .andExpect(jsonPath(item("RELOCATION_STATEMENT") + ".state").value("MISSING"))
                .andExpect(jsonPath("$.checklist.asksForPremises").value(true));
        mvc.perform(post("/api/v1/filings/" + small + "/submit").with(county)).andExpect(status().isBadRequest());

        mvc.perform(put("/api/v1/filings/" + small + "/premises").with(county).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"premises\":\"DETACHED\"}")).andExpect(status().isOk())
                .andExpect(jsonPath(item("RELOCATION_STATEMENT") + ".state").value("EXEMPT"))
                .andExpect(jsonPath(item("USE_CHANGE_STATEMENT") + ".text")
                        .value("免于提交（独栋建筑改造，建筑面积800㎡，利用建筑面积1000㎡以下的独栋建筑或内部楼层改造）"))
                .andExpect(jsonPath(item("ENVIRONMENTAL_APPROVAL") + ".state").value("EXEMPT"));
        String page = mvc.perform(get("/registry/filings/" + small).session(login("demo-county", DEMO_PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("按<span>楚雄彝族自治州</span>备案材料清单核对", "以房屋建筑结构安全性鉴定报告替代", "免于提交（独栋建筑改造",
                "建筑面积 800㎡（机构档案）");
        mvc.perform(post("/api/v1/filings/" + small + "/submit").with(county)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/filings/" + small + "/premises").with(county).contentType(MediaType.APPLICATION_JSON)
                .content("{\"premises\":\"OTHER\"}")).andExpect(status().isConflict());

        long large = draftWithTwoMaterials(county, "532301", TOWNSHIP, "\"floorArea\":1200,");
        mvc.perform(put("/api/v1/filings/" + large + "/premises").with(county).contentType(MediaType.APPLICATION_JSON)
                .content("{\"premises\":\"DETACHED\"}")).andExpect(jsonPath(item("RELOCATION_STATEMENT") + ".state").value("MISSING"));
        long edge = draftWithTwoMaterials(county, "532301", TOWNSHIP, "\"floorArea\":1000,");
        mvc.perform(put("/api/v1/filings/" + edge + "/premises").with(county).contentType(MediaType.APPLICATION_JSON)
                .content("{\"premises\":\"FLOORS\"}")).andExpect(jsonPath(item("RELOCATION_STATEMENT") + ".state").value("EXEMPT"));
        mvc.perform(put("/api/v1/filings/" + edge + "/premises").with(county).contentType(MediaType.APPLICATION_JSON)
                .content("{\"premises\":\"OTHER\"}")).andExpect(jsonPath(item("RELOCATION_STATEMENT") + ".state").value("MISSING"));
        mvc.perform(put("/api/v1/filings/" + edge + "/premises").with(county).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"premises\":\"TOWER\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“服务场所建筑情况”的取值无效。"));
    }

    @Test
    @DisplayName("REG-11 酉阳 (004-(二)): a missing 不动产权证书 does not block the filing; the submission records it")
    void missingPropertyCertificateDoesNotBlock() throws Exception {
        String township = jdbc.sql("select min(code) from region where parent_code = '500242' and level = 4 and retired_at is null")
                .query(String.class).single();
        RequestPostProcessor youyang = supervisor("500242");
        long filing = draftWithTwoMaterials(youyang, "500242", township, "");
        checklist(youyang, filing).andExpect(jsonPath(item("PROPERTY_CERTIFICATE") + ".state").value("NOT_BLOCKING"))
                .andExpect(jsonPath(item("PROPERTY_CERTIFICATE") + ".text").value("未提交，不阻止备案"));
        mvc.perform(post("/api/v1/filings/" + filing + "/submit").with(youyang)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.transitions[1].note").value("未提交不动产权证书（不动产登记证）（按酉阳土家族苗族自治县备案材料清单，不影响备案）"));
        mvc.perform(post("/api/v1/filings/" + filing + "/accept").with(youyang)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("REG-11 a region inherits its parent's checklist until it sets its own; 恢复继承 returns to the parent's;"
            + " the national default stays; bad rules are a Chinese 400 and change nothing")
    void inheritanceAndRestore() throws Exception {
        testTree("940000", "壬测试省");
        RequestPostProcessor prefecture = supervisor("940100");
        String countyUser = createUser("ck-940102", "940102", Set.of(Role.SUPERVISOR), PW);
        RequestPostProcessor county = httpBasic(countyUser, PW);
        mvc.perform(get("/api/v1/filing-checklists/940102").with(county)).andExpect(jsonPath("$.sourceCode").value("000000"));
        mvc.perform(put("/api/v1/filing-checklists/940100").with(prefecture).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rules\":[{\"material\":\"REGISTRATION_CERTIFICATE\",\"requirement\":\"REQUIRED\"},"
                        + "{\"material\":\"PROPERTY_CERTIFICATE\",\"requirement\":\"NOT_BLOCKING\"}]}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/filing-checklists/940102").with(county)).andExpect(jsonPath("$.sourceCode").value("940100"))
                .andExpect(jsonPath("$.own").value(false)).andExpect(jsonPath("$.rules.length()").value(2));
        // the county sets its own through the page, then restores the inherited one
        MockHttpSession session = login(countyUser, PW);
        mvc.perform(post("/registry/filing-checklists/940102").session(session).with(csrf())
                        .param("requirement_REGISTRATION_CERTIFICATE", "REQUIRED").param("requirement_SITE_PROOF", "OPTIONAL")
                        .param("requirement_ENVIRONMENTAL_APPROVAL", "REQUIRED")
                        .param("exemption_ENVIRONMENTAL_APPROVAL", "SMALL_CONVERSION").param("maxArea_ENVIRONMENTAL_APPROVAL", "500"))
                .andExpect(flash().attribute("message", "已保存壬测试省乙区的备案材料清单（3项材料），此后提交的备案按此清单核对。"));
        mvc.perform(get("/api/v1/filing-checklists/940102").with(county)).andExpect(jsonPath("$.own").value(true))
                .andExpect(jsonPath("$.setBy").value(countyUser))
                .andExpect(jsonPath("$.rules[2].exemptionText").value("利用建筑面积500㎡以下的独栋建筑或内部楼层改造"));
        assertThat(mvc.perform(get("/registry/filing-checklists").param("region", "940100").session(login(
                createUser("ck-page", "940100", Set.of(Role.SUPERVISOR), PW), PW))).andReturn().getResponse().getContentAsString())
                .contains("壬测试省乙区", "本级单独设置", "沿用壬测试省测试市的清单");
        mvc.perform(post("/registry/filing-checklists/940102/clear").session(session).with(csrf()))
                .andExpect(flash().attribute("message", "壬测试省乙区不再单独设置备案材料清单，沿用壬测试省测试市的清单。"));
        mvc.perform(get("/api/v1/filing-checklists/940102").with(county)).andExpect(jsonPath("$.sourceCode").value("940100"));

        // bad rules: nothing changes
        List<String> refused = List.of(
                "{\"rules\":[]}", "{\"rules\":[{\"material\":\"SITE_PROOF\",\"requirement\":\"REQUIRED\"},"
                        + "{\"material\":\"SITE_PROOF\",\"requirement\":\"OPTIONAL\"}]}",
                "{\"rules\":[{\"material\":\"SITE_PROOF\",\"requirement\":\"REQUIRED\",\"substitute\":\"SITE_PROOF\"}]}",
                "{\"rules\":[{\"material\":\"SITE_PROOF\",\"requirement\":\"REQUIRED\",\"exemption\":\"SMALL_CONVERSION\"}]}",
                "{\"rules\":[{\"material\":\"DEED\",\"requirement\":\"REQUIRED\"}]}");
        List<String> details = List.of("备案材料清单至少须列出一项材料。", "“服务场所权属或租赁证明”在清单中重复出现。",
                "“服务场所权属或租赁证明”不能以自身替代。", "“服务场所权属或租赁证明”的免交条件须写明建筑面积上限（1至100000之间的整数，单位㎡）。",
                "“材料”的取值无效。");
        for (int i = 0; i < refused.size(); i++) {
            mvc.perform(put("/api/v1/filing-checklists/940100").with(prefecture).contentType(MediaType.APPLICATION_JSON)
                    .content(refused.get(i))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(details.get(i)));
        }
        mvc.perform(get("/api/v1/filing-checklists/940100").with(prefecture)).andExpect(jsonPath("$.rules.length()").value(2));
        // scope: the county cannot touch its prefecture's checklist; the national default cannot be removed
        mvc.perform(put("/api/v1/filing-checklists/940100").with(county).contentType(MediaType.APPLICATION_JSON)
                .content(TWO_REQUIRED_AND_FIRE)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/filing-checklists/940100").with(county)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/filing-checklists/000000").with(supervisor("000000"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("全国默认备案材料清单不能取消，只能修改。"));
        mvc.perform(delete("/api/v1/filing-checklists/940100").with(prefecture)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sourceCode").value("000000"));
        for (String user : new String[] {"demo-township", "demo-institution", "demo-inspector"}) {
            mvc.perform(get("/api/v1/filing-checklists/532301").with(httpBasic(user, DEMO_PASSWORD))).andExpect(status().isForbidden());
        }
    }
}
