package org.eldercare.oversight.registry;

import org.eldercare.oversight.registry.crosscheck.LeadTasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** REG-4 registration–filing cross-check, each test in a county of its own so the classes are exact. */
class CrossCheckImportTests extends IntegrationTest {

    private static final String PW = "Cross#Check2026";

    record County(String code, String townA, String townB, String supervisor) {
    }

    /** A county of the national list with two of its townships (by name) and a supervisor of its own. */
    private County county(String code, String townAName, String townBName) {
        return new County(code, township(code, townAName), township(code, townBName),
                createUser("sup-" + code, code, Set.of(Role.SUPERVISOR), PW));
    }

    private String township(String county, String name) {
        return jdbc.sql("select code from region where parent_code = ? and name = ?").params(county, name).query(String.class).single();
    }

    private RequestPostProcessor as(County c) {
        return httpBasic(c.supervisor(), PW);
    }

    private String institution(County c, String name, String town, String operatingStatus) throws Exception {
        String uscc = RegistryFixtures.uscc(c.code());
        mvc.perform(post("/api/v1/institutions").with(as(c)).contentType(MediaType.APPLICATION_JSON)
                        .content(RegistryFixtures.institutionJson(uscc, name, town)
                                .replace("\"OPERATING\"", "\"" + operatingStatus + "\"")))
                .andExpect(status().isCreated());
        return uscc;
    }

    private void file(County c, String uscc) throws Exception {
        String json = mvc.perform(post("/api/v1/institutions/" + uscc + "/filings").with(as(c))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getContentAsString();
        long f = ((Number) JsonPath.read(json, "$.id")).longValue();
        for (String m : RegistryFixtures.CHUXIONG_MATERIALS) {
            mvc.perform(multipart("/api/v1/filings/" + f + "/attachments")
                    .file(new MockMultipartFile("file", "a.pdf", "application/pdf", RegistryFixtures.PDF))
                    .param("material", m).with(as(c))).andExpect(status().isCreated());
        }
        mvc.perform(FilingTestBase.paperCommitment(f, "甲", "院长").with(as(c))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/filings/" + f + "/submit").with(as(c))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/filings/" + f + "/accept").with(as(c))).andExpect(status().isOk());
    }

    private long imports() {
        return jdbc.sql("select count(*) from registration_import").query(Long.class).single();
    }

    /** Uploads {@code file} (202, queued), waits for its background job and returns the import's id. */
    private long importAndWait(County c, MockMultipartFile file) throws Exception {
        String json = mvc.perform(multipart("/api/v1/registrations/imports").file(file).with(as(c)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = RegistrationImports.id(json);
        RegistrationImports.awaitDone(jdbc, id);
        return id;
    }

    /** The id of the verification lead that an import report gives for that code. */
    private static long leadId(String report, String uscc) {
        return ((Number) ((List<?>) JsonPath.read(report, "$.rows[?(@.uscc == '" + uscc + "')].leadId")).get(0)).longValue();
    }

    /** The rows of an Excel file's first sheet, its header row included, each as column index → cell text. */
    private static List<Map<Integer, String>> readSheet(byte[] xlsx) {
        return FastExcel.read(new ByteArrayInputStream(xlsx)).headRowNumber(0).sheet().doReadSync();
    }

    @Test
    @DisplayName("REG-4 a GBK file with all four classes, a bad code and a duplicate code: nothing imported until good rows are accepted")
    void classifiesAllFourClasses() throws Exception {
        County c = county("532325", "栋川镇", "光禄镇");
        String filed = institution(c, "栋川镇颐养院", c.townA(), "OPERATING");
        file(c, filed);
        String unfiled = institution(c, "栋川镇夕阳红养老院", c.townA(), "OPERATING");
        String preparing = institution(c, "光禄镇康乐老年公寓（筹）", c.townB(), "PREPARING");
        String unregistered = institution(c, "光禄镇无照托老所", c.townB(), "OPERATING");
        String newcomer = RegistryFixtures.uscc("532325");
        String notElderly = RegistryFixtures.uscc("532325");
        String csv = allFourClassesCsv(filed, unfiled, preparing, newcomer, notElderly);
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));
        assertRefusedWholeWithNothingImported(c, gbk);

        long id = importGoodRows(c, gbk);
        String report = mvc.perform(get("/api/v1/registrations/imports/" + id).with(as(c))).andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.FILED").value(1))
                .andExpect(jsonPath("$.counts.UNFILED").value(2))
                .andExpect(jsonPath("$.counts.NOT_OPERATING").value(1))
                .andExpect(jsonPath("$.counts.UNREGISTERED").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(report, "$.rows[?(@.classification == 'UNREGISTERED')].uscc"))
                .containsExactly(unregistered);
        assertThat((List<String>) JsonPath.read(report, "$.rows[?(@.classification == 'NOT_OPERATING')].name"))
                .containsExactly("光禄镇康乐老年公寓(筹)");
        assertThat((List<String>) JsonPath.read(report, "$.rows[?(@.uscc == '" + unfiled + "')].leadRegion")).containsExactly("栋川镇");
        assertThat((List<String>) JsonPath.read(report, "$.rows[?(@.uscc == '" + newcomer + "')].leadRegion")).containsExactly("光禄镇");
        assertThat(jdbc.sql("select count(*) from registration_row where import_id = ? and uscc = ?").params(id, notElderly)
                .query(Long.class).single()).isZero();

        // the township officer of 光禄镇 gets the lead and records the on-site result
        long lead = newcomerFoundNotOperating(c, report, newcomer);
        mvc.perform(get("/api/v1/registrations/imports/" + id).with(as(c))).andExpect(jsonPath("$.counts.NOT_OPERATING").value(2));
        // the officer of 栋川镇 does not see 光禄镇's lead
        String other = createUser("dc", c.townA(), Set.of(Role.TOWNSHIP), PW);
        mvc.perform(get("/registry/leads/" + lead).session(login(other, PW))).andExpect(status().isNotFound());

        // Excel export of the result
        List<Map<Integer, String>> rows = exportedRows(c, id);
        assertThat(rows.get(0).values()).contains("比对结果", "核查线索推送至");
        assertThat(rows).hasSize(1 + 5);
        assertThat(rows.stream().map(r -> r.get(6)).toList()).contains("已备案", "登记未备案", "未登记但实际开展（疑似无证机构）");
    }

    /**
     * The header and seven rows: filed, unfiled, a preparing home, a newcomer, a business outside elderly care,
     * a malformed code (line 7) and the newcomer's code again (line 8, repeating line 5).
     */
    private static String allFourClassesCsv(String filed, String unfiled, String preparing, String newcomer, String notElderly) {
        return "统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n"
                + filed + ",栋川镇颐养院,民政,养老服务,姚安县栋川镇,2020-01-02\n"
                + unfiled + ",栋川镇夕阳红养老院,市场监管,\"养老服务,餐饮服务\",姚安县栋川镇,2021/3/4\n"
                + preparing + ",光禄镇康乐老年公寓(筹),市场监管,机构养老服务,姚安县光禄镇,20220506\n"
                + newcomer + ",光禄镇幸福家园,市场监管,居家养老服务；家政服务,姚安县光禄镇龙华村,2023年7月8日\n"
                + notElderly + ",姚安县某餐馆,市场监管,餐饮服务,姚安县栋川镇,2023-01-01\n"
                + "91532325XXXXXXXXXX,代码错误的公司,市场监管,养老服务,姚安县,2023-01-01\n"
                + newcomer + ",重复代码的机构,市场监管,养老服务,姚安县,2023-01-01\n";
    }

    /** Without acceptGoodRows the file is refused with its two bad lines itemised, and no import is recorded. */
    private void assertRefusedWholeWithNothingImported(County c, byte[] gbk) throws Exception {
        long before = imports();
        mvc.perform(multipart("/api/v1/registrations/imports").file(new MockMultipartFile("file", "登记数据.csv", "text/csv", gbk)).with(as(c)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(7))
                .andExpect(jsonPath("$.errors[1].line").value(8))
                .andExpect(jsonPath("$.errors[1].reason").value("统一社会信用代码与第5行重复"));
        assertThat(imports()).isEqualTo(before);
    }

    /**
     * The same file with acceptGoodRows=true, declared complete for 民政 (so an unlisted operating 民办非营利 home is
     * 未登记但实际开展): seven rows read, four kept, one skipped; returns the import's id.
     */
    private long importGoodRows(County c, byte[] gbk) throws Exception {
        String json = mvc.perform(multipart("/api/v1/registrations/imports")
                        .file(new MockMultipartFile("file", "登记数据.csv", "text/csv", gbk))
                        .param("acceptGoodRows", "true").param("completeFor", "CIVIL_AFFAIRS").with(as(c)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.encoding").value("GBK"))
                .andExpect(jsonPath("$.totalRows").value(7))
                .andExpect(jsonPath("$.keptRows").value(4))
                .andExpect(jsonPath("$.skippedRows").value(1))
                .andReturn().getResponse().getContentAsString();
        long id = RegistrationImports.id(json);
        RegistrationImports.awaitDone(jdbc, id);
        return id;
    }

    /**
     * A new township officer of 光禄镇 sees the newcomer's lead on the workbench, records on site that it runs no
     * elderly care, and the lead leaves the workbench; returns the lead's id.
     */
    private long newcomerFoundNotOperating(County c, String report, String newcomer) throws Exception {
        String officer = createUser("gl", c.townB(), Set.of(Role.TOWNSHIP), PW);
        long lead = leadId(report, newcomer);
        String home = mvc.perform(get("/").session(login(officer, PW))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("核查线索（登记未备案）：光禄镇幸福家园");
        var session = login(officer, PW);
        mvc.perform(post("/registry/leads/" + lead).session(session).with(csrf()).param("result", "NOT_OPERATING")
                        .param("note", "现场为家政门店，未收住老人"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/registry/leads/" + lead).session(session)).andReturn().getResponse().getContentAsString())
                .contains("未开展养老服务：现场为家政门店，未收住老人");
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getContentAsString()).doesNotContain("光禄镇幸福家园");
        return lead;
    }

    /** The import's result as the Excel export gives it. */
    private List<Map<Integer, String>> exportedRows(County c, long id) throws Exception {
        byte[] xlsx = mvc.perform(get("/registry/imports/" + id + "/export").with(as(c))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return readSheet(xlsx);
    }

    @Test
    @DisplayName("REG-3/REG-4 a township finding unfiled care starts the 20-working-day inspection:"
            + " at once for an archived institution, on archiving for an unknown one")
    void verifiedLeadStartsTheInspectionClock() throws Exception {
        County c = county("532329", "狮山镇", "高桥镇");
        String archived = institution(c, "狮山镇颐年养老院", c.townA(), "OPERATING");
        String unknown = RegistryFixtures.uscc("532329");
        String csv = "统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n"
                + archived + ",狮山镇颐年养老院,民政,养老服务,武定县狮山镇,2022-01-01\n"
                + unknown + ",高桥镇老年之家,市场监管,养老服务,武定县高桥镇,2023-01-01\n";
        long importId = importAndWait(c, new MockMultipartFile("file", "ws.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        String report = mvc.perform(get("/api/v1/registrations/imports/" + importId).with(as(c)))
                .andExpect(jsonPath("$.counts.UNFILED").value(2)).andReturn().getResponse().getContentAsString();
        long archivedLead = leadId(report, archived);
        long unknownLead = leadId(report, unknown);

        // verified on Friday 27 September 2024: 20 working days across National Day end on 30 October
        clock.setTo(LocalDate.of(2024, 9, 27).atTime(15, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        var townA = login(createUser("ss", c.townA(), Set.of(Role.TOWNSHIP), PW), PW);
        var townB = login(createUser("gq", c.townB(), Set.of(Role.TOWNSHIP), PW), PW);
        mvc.perform(post("/registry/leads/" + archivedLead).session(townA).with(csrf()).param("result", "OPERATING_UNFILED")
                .param("note", "已收住老人12人，已送达督促备案通知书")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/registry/leads/" + unknownLead).session(townB).with(csrf()).param("result", "OPERATING_UNFILED")
                .param("note", "收住老人5人")).andExpect(status().is3xxRedirection());

        // the archived institution: discovery recorded, inspection due at once
        long archivedId = jdbc.sql("select id from institution where uscc = ?").param(archived).query(Long.class).single();
        assertThat(jdbc.sql("select unfiled_discovered_date from institution where id = ?").param(archivedId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 9, 27));
        // the inspection task (due 30 October) is the inspection module's: InspectionRegistryTasksTests
        // the unknown entity: the supervisors are asked to archive it, by the same due date
        assertThat(openTodoDue(LeadTasks.FOLLOW_UP_TASK, unknown)).isEqualTo(LocalDate.of(2024, 10, 30));
        clock.reset();
        var supervisor = login(c.supervisor(), PW);
        assertThat(mvc.perform(get("/").session(supervisor)).andReturn().getResponse().getContentAsString())
                .contains("核查发现未备案开展养老服务：高桥镇老年之家");

        // archiving it closes that to-do and opens the REG-3 inspection, counted from the township's verification
        mvc.perform(post("/api/v1/institutions").with(as(c)).contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(unknown, "武定县高桥镇老年之家", c.townB()))).andExpect(status().isCreated());
        assertThat(openTodoDue(LeadTasks.FOLLOW_UP_TASK, unknown)).isNull();
        assertThat(jdbc.sql("select unfiled_discovered_date from institution where uscc = ?").param(unknown)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 9, 27));
    }

    /** The due date of the open to-do for that source, or null when there is none open. */
    private LocalDate openTodoDue(String type, String source) {
        return jdbc.sql("select due_date from todo_item where source_type = ? and source_id = ? and status = 'OPEN'")
                .params(type, source).query(LocalDate.class).optional().orElse(null);
    }

    @Test
    @DisplayName("REG-4 filing decisions go back to the registrars: each addressed by legal form,"
            + " with revocations and reasons; Excel and API")
    void filingDecisionsForRegistrars() throws Exception {
        County c = county("140722", "辽阳镇", "桐峪镇");
        String company = RegistryFixtures.uscc("140722");
        mvc.perform(post("/api/v1/institutions").with(as(c)).contentType(MediaType.APPLICATION_JSON)
                .content(RegistryFixtures.institutionJson(company, "左权县辽阳镇康寿养老服务有限公司", c.townA())
                        .replace("\"NON_PROFIT\"", "\"FOR_PROFIT\"")))
                .andExpect(status().isCreated());
        file(c, company);
        String charity = institution(c, "左权县桐峪镇颐养院", c.townB(), "OPERATING");
        file(c, charity);
        revokeFilingAsCareStopped(c, charity);
        String today = LocalDate.now(clock).toString();

        String json = mvc.perform(get("/api/v1/filings/decisions").param("from", today).param("to", today).with(as(c)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3)).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(json, "$[?(@.uscc == '" + company + "')].registrarLabel")).containsExactly("市场监管部门");
        assertThat((List<String>) JsonPath.read(json, "$[?(@.uscc == '" + charity + "')].decision")).containsExactly("予以备案", "撤销备案");
        assertThat((List<String>) JsonPath.read(json, "$[?(@.decision == '撤销备案')].detail")).containsExactly("停止养老服务");
        // 左云县 (山西) also starts with 左, so 左权县's derived prefix takes two characters
        assertThat((List<String>) JsonPath.read(json, "$[?(@.decision == '予以备案')].receiptNo")).allMatch(n -> n.startsWith("左权民养备〔"));
        mvc.perform(get("/api/v1/filings/decisions").param("from", today).param("to", today)
                        .param("registrar", "MARKET_REGULATION").with(as(c)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].uscc").value(company));

        // the partner department receives them; a township officer does not; another county sees none of them
        String market = createUser("mr", c.code(), Set.of(Role.DEPARTMENT), PW);
        mvc.perform(get("/api/v1/filings/decisions").param("from", today).param("to", today).with(httpBasic(market, PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
        String officer = createUser("ly", c.townA(), Set.of(Role.TOWNSHIP), PW);
        mvc.perform(get("/api/v1/filings/decisions").param("from", today).param("to", today).with(httpBasic(officer, PW)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/filings/decisions").param("from", today).param("to", today).with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(jsonPath("$[?(@.uscc == '" + company + "')]").isEmpty());
        mvc.perform(get("/api/v1/filings/decisions").param("from", today).param("to", "2000-01-01").with(as(c)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请选择起止日期：起始日期不晚于截止日期，跨度不超过一年。"));

        byte[] xlsx = mvc.perform(get("/registry/filing-decisions.xlsx").param("from", today).param("to", today).with(as(c)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = readSheet(xlsx);
        assertThat(rows.get(0).get(0)).isEqualTo("登记机关");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(6)).toList())
                .containsExactlyInAnyOrder("市场监管部门|" + company + "|予以备案", "民政部门（社会组织登记）|" + charity + "|予以备案",
                        "民政部门（社会组织登记）|" + charity + "|撤销备案");
    }

    /** The supervisor revokes the institution's accepted filing with the reason 停止养老服务. */
    private void revokeFilingAsCareStopped(County c, String charity) throws Exception {
        long charityFiling = jdbc.sql("select f.id from filing f join institution i on i.id = f.institution_id where i.uscc = ?")
                .param(charity).query(Long.class).single();
        mvc.perform(post("/api/v1/filings/" + charityFiling + "/revoke").with(as(c)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"停止养老服务\"}")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("REG-4 the Excel import template carries exactly the recognised headers, and a registrar's filled-in copy imports")
    void importTemplate() throws Exception {
        County c = county("140721", "箕城镇", "云簇镇");
        var response = mvc.perform(get("/registry/imports/template.xlsx").with(as(c))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<Map<Integer, String>> head = readSheet(response.getContentAsByteArray());
        assertThat(head).hasSize(1);
        assertThat(head.get(0).values()).containsExactly("统一社会信用代码", "名称", "登记机关类型", "经营范围", "地址", "登记日期");
        // the registrar fills rows under those headers
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String code = RegistryFixtures.uscc("140721");
        FastExcel.write(out).head(head.get(0).values().stream().map(List::of).toList()).sheet("登记数据")
                .doWrite(List.of(List.of(code, "箕城镇康养服务中心", "市场监管", "养老服务；康复辅具租赁", "榆社县箕城镇", "2025-03-01")));
        long id = importAndWait(c, new MockMultipartFile("file", "filled.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray()));
        mvc.perform(get("/api/v1/registrations/imports/" + id).with(as(c)))
                .andExpect(jsonPath("$.summary.keptRows").value(1)).andExpect(jsonPath("$.counts.UNFILED").value(1));
    }

    @Test
    @DisplayName("REG-4 UTF-8 (with BOM) and Excel files import the same way; another county cannot read the result")
    void utf8AndExcel() throws Exception {
        County c = county("532326", "金碧镇", "石羊镇");
        String code = RegistryFixtures.uscc("532326");
        String csv = "\uFEFF统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n" + code + ",金碧镇老年服务站,民政,养老服务,大姚县金碧镇,2024-05-06\n";
        String json = mvc.perform(multipart("/api/v1/registrations/imports").file(new MockMultipartFile("file", "u.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(as(c)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.encoding").value("UTF-8"))
                .andReturn().getResponse().getContentAsString();
        long id = RegistrationImports.id(json);
        RegistrationImports.awaitDone(jdbc, id);
        mvc.perform(get("/api/v1/registrations/imports/" + id).with(as(c))).andExpect(jsonPath("$.counts.UNFILED").value(1));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String code2 = RegistryFixtures.uscc("532326");
        FastExcel.write(out).head(List.of(List.of("统一社会信用代码"), List.of("机构名称"), List.of("登记机关"), List.of("业务范围"),
                        List.of("住所"), List.of("成立日期")))
                .sheet("登记").doWrite(List.of(List.of(code2, "石羊镇互助养老点", "民政", "农村互助养老服务", "大姚县石羊镇", "2024-06-01")));
        String excel = mvc.perform(multipart("/api/v1/registrations/imports").file(new MockMultipartFile("file", "r.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray())).with(as(c)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.encoding").value("Excel"))
                .andExpect(jsonPath("$.keptRows").value(1)).andReturn().getResponse().getContentAsString();
        RegistrationImports.awaitDone(jdbc, RegistrationImports.id(excel));
        String leadRegion = jdbc.sql("select r.name from verification_lead l join region r on r.code = l.region_code where l.uscc = ?")
                .param(code2).query(String.class).single();
        assertThat(leadRegion).isEqualTo("石羊镇");

        mvc.perform(get("/api/v1/registrations/imports/" + id).with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/registrations/imports")
                        .file(new MockMultipartFile("file", "u.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("demo-township", DEMO_PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/registrations/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8)))
                        .with(as(c))).andExpect(status().isBadRequest());
    }
}
