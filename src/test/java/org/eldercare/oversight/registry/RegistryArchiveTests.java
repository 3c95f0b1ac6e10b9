package org.eldercare.oversight.registry;

import org.eldercare.oversight.registry.archive.InstitutionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

class RegistryArchiveTests extends IntegrationTest {

    private static final String TOWNSHIP = FilingWorkflowTests.TOWNSHIP;

    private String create(String user, String password) throws Exception {
        String uscc = RegistryFixtures.uscc("532301");
        mvc.perform(post("/api/v1/institutions").with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(uscc, "鹿城镇测试养老院" + uscc.substring(12), TOWNSHIP)))
                .andExpect(status().isCreated());
        return uscc;
    }

    private long idOf(String uscc) {
        return jdbc.sql("select id from institution where uscc = ?").param(uscc).query(Long.class).single();
    }

    @Test
    @DisplayName("REG-1 archive: an invalid code is a 400 with the reason, a duplicate a 409, bad facts a Chinese 400; nothing saved")
    void createValidation() throws Exception {
        String uscc = create("demo-county", DEMO_PASSWORD);
        mvc.perform(post("/api/v1/institutions").with(httpBasic("demo-county", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(uscc.toLowerCase(), "重复", TOWNSHIP)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("统一社会信用代码 " + uscc + " 已建档，不能重复建档。"));
        mvc.perform(post("/api/v1/institutions").with(httpBasic("demo-county", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(uscc.substring(0, 17) + (uscc.charAt(17) == 'A' ? 'B' : 'A'), "校验码错",
                                TOWNSHIP)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("校验码（第18位）不正确，请核对代码是否抄错。"));
        String other = RegistryFixtures.uscc("532301");
        mvc.perform(post("/api/v1/institutions").with(httpBasic("demo-county", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(other, "县级区划", "532301")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("机构须落到乡镇（街道）一级区划。"));
        mvc.perform(post("/api/v1/institutions").with(httpBasic("demo-county", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(other, "床位", TOWNSHIP)
                                .replace("\"nursingBeds\":60", "\"nursingBeds\":160")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("护理型床位（160张）不能多于床位总数（100张）。"));
        mvc.perform(post("/api/v1/institutions").with(httpBasic("demo-county", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(other, "电话", TOWNSHIP).replace("13812345678", "12345")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("手机号码须为11位数字，以13–19开头。"));
        assertThat(jdbc.sql("select count(*) from institution where uscc = ?").param(other).query(Long.class).single()).isZero();
        mvc.perform(post("/api/v1/institutions").with(httpBasic("demo-inspector", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(other, "检查员不能建档", TOWNSHIP)))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("REG-1 archive: every change is versioned with who, when, before and after; the phone is shown masked")
    void versionedChanges() throws Exception {
        String uscc = create("demo-county", DEMO_PASSWORD);
        mvc.perform(get("/api/v1/institutions/" + uscc).with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.contactPhoneMasked").value("138****5678"));
        mvc.perform(put("/api/v1/institutions/" + uscc).with(httpBasic("demo-supervisor", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(uscc, "改名后的养老院", TOWNSHIP)
                                .replace("\"bedsTotal\":100", "\"bedsTotal\":120")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("改名后的养老院"));
        String history = mvc.perform(get("/api/v1/institutions/" + uscc + "/history").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(history, "$[0].changedBy")).isEqualTo("demo-supervisor");
        assertThat((String) JsonPath.read(history, "$[0].action")).isEqualTo("UPDATE");
        assertThat((List<String>) JsonPath.read(history, "$[0].fields[*].field")).containsExactlyInAnyOrder("机构名称", "登记名称", "床位总数");
        assertThat((List<String>) JsonPath.read(history, "$[0].fields[?(@.field == '床位总数')].before")).containsExactly("100");
        assertThat((List<String>) JsonPath.read(history, "$[0].fields[?(@.field == '床位总数')].after")).containsExactly("120");
        assertThat((String) JsonPath.read(history, "$[1].action")).isEqualTo("CREATE");
    }

    @Test
    @DisplayName("REG-1 region scope on every registry endpoint: a sibling county's supervisor gets 404 and an empty list")
    void scopeOnEveryEndpoint() throws Exception {
        String uscc = create("demo-county", DEMO_PASSWORD);
        String sibling = createUser("lf-sup", "532302", Set.of(Role.SUPERVISOR), "Lufeng#Sup2026");
        var auth = httpBasic(sibling, "Lufeng#Sup2026");
        mvc.perform(get("/api/v1/institutions/" + uscc).with(auth)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("机构不存在或不在您的管辖范围内。"));
        mvc.perform(put("/api/v1/institutions/" + uscc).with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(uscc, "越权修改", TOWNSHIP))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/institutions/" + uscc + "/history").with(auth)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/institutions/" + uscc + "/filings").with(auth).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/institutions").param("q", uscc).with(auth)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/institutions").param("region", "532301").with(auth)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/institutions").with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(RegistryFixtures.uscc("532301"), "越权建档", TOWNSHIP)))
                .andExpect(status().isBadRequest());
        long filing = jdbc.sql("select count(*) from filing").query(Long.class).single();
        String json = mvc.perform(post("/api/v1/institutions/" + uscc + "/filings").with(httpBasic("demo-county", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(get("/api/v1/filings/" + id).with(auth)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/filings/" + id + "/submit").with(auth)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/filings/" + id + "/accept").with(auth)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from filing").query(Long.class).single()).isEqualTo(filing + 1);
        // the prefecture sees it
        mvc.perform(get("/api/v1/institutions/" + uscc).with(httpBasic("demo-supervisor", DEMO_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/institutions").param("q", uscc).with(httpBasic("demo-township", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    @DisplayName("REG-1 an institution user sees only its own institution and edits only its contact and self-reported facts")
    void institutionUserOwnOnly() throws Exception {
        String mine = create("demo-county", DEMO_PASSWORD);
        String theirs = create("demo-county", DEMO_PASSWORD);
        String user = createUser("inst", "532301", Set.of(Role.INSTITUTION), "Inst#User2026");
        linkInstitution(user, idOf(mine));
        var auth = httpBasic(user, "Inst#User2026");
        mvc.perform(get("/api/v1/institutions/" + mine).with(auth)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/institutions/" + theirs).with(auth)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/institutions").with(auth)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].uscc").value(mine));
        mvc.perform(put("/api/v1/institutions/" + mine).with(auth).contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(mine, "机构自己改名", TOWNSHIP))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/institutions/" + mine + "/self-report").with(auth).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactName\":\"赵六\",\"contactPhone\":\"13987654321\",\"bedsTotal\":100,\"nursingBeds\":70,"
                                + "\"residents\":55,\"staff\":25,\"foodLicense\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.residents").value(55))
                .andExpect(jsonPath("$.contactPhoneMasked").value("139****4321"));
        String history = mvc.perform(get("/api/v1/institutions/" + mine + "/history").with(auth))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(history, "$[0].action")).isEqualTo("SELF_REPORT");
        assertThat((String) JsonPath.read(history, "$[0].changedBy")).isEqualTo(user);
        mvc.perform(put("/api/v1/institutions/" + theirs + "/self-report").with(auth).contentType(MediaType.APPLICATION_JSON)
                .content("{\"residents\":1}")).andExpect(status().isNotFound());
        // an account can only be linked to an institution that exists and lies within its region
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + unique("ghost") + "\",\"displayName\":\"x\",\"regionCode\":\"532301\","
                                + "\"roles\":[\"INSTITUTION\"],\"institutionId\":999999999}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("关联机构编号 999999999 不存在。"));
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + unique("far") + "\",\"displayName\":\"x\",\"regionCode\":\"532302\","
                                + "\"roles\":[\"INSTITUTION\"],\"institutionId\":" + idOf(mine) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.endsWith("不在该账户的所属区划内。")));
        // and may file for itself, but not decide
        String json = mvc.perform(post("/api/v1/institutions/" + mine + "/filings").with(auth)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long filing = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/filings/" + filing + "/accept").with(auth)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("只有民政监管员可以作出备案决定。"));
    }

    @Test
    @DisplayName("REG-1 the system administrator links an institution account by the institution's 统一社会信用代码;"
            + " an unknown code changes nothing")
    void adminLinksInstitutionByCode() throws Exception {
        String uscc = create("demo-county", DEMO_PASSWORD);
        var admin = login("sysadmin", DEMO_PASSWORD);
        String username = unique("linked");
        String unknown = RegistryFixtures.uscc("532301");
        String page = mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", username).param("displayName", "机构联络员").param("regionCode", "532301")
                        .param("roles", "INSTITUTION").param("institutionUscc", unknown.toLowerCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("未找到统一社会信用代码为 " + unknown + " 的机构，请先在机构名录中建档后再关联。");
        assertThat(users.exists(username)).isFalse();
        mvc.perform(post("/admin/users").session(admin).with(csrf())
                        .param("username", username).param("displayName", "机构联络员").param("regionCode", "532301")
                        .param("roles", "INSTITUTION").param("institutionUscc", " " + uscc.toLowerCase() + " "))
                .andExpect(status().is3xxRedirection());
        Long linked = jdbc.sql("select institution_id from user_account where username = ?").param(username).query(Long.class).single();
        assertThat(linked).isEqualTo(idOf(uscc));
        // the edit page shows the code, so saving it unchanged keeps the link
        long id = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
        assertThat(mvc.perform(get("/admin/users/" + id).session(admin)).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("value=\"" + uscc + "\"");
    }

    @Test
    @DisplayName("REG-3 an unfiled institution found admitting residents gets an inspection due 20 working days after discovery")
    void unfiledDiscovery() throws Exception {
        String uscc = create("demo-county", DEMO_PASSWORD);
        mvc.perform(post("/api/v1/institutions/" + uscc + "/unfiled-discovery").with(httpBasic("demo-township", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"discoveredOn\":\"2024-09-27\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.inspectionDue").value("2024-10-30"));
        mvc.perform(get("/api/v1/institutions").param("flag", "discovered").param("q", uscc).with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(1));
    }
}
