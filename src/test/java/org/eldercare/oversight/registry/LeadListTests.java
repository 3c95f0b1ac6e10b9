package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.identity.SystemUserTestAccess;
import org.eldercare.oversight.region.RegionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/**
 * #9 item 11: the lead list and the import list with real totals, keyset pages and search (wildcards typed by the user
 * match themselves); the workbench counts every open to-do. 151 leads of 翠峰镇 (灵石县), one named with a literal %.
 */
class LeadListTests extends IntegrationTest {

    private static final String PW = "Lead#List2026";
    private static final String COUNTY = "140729";
    private static final String TOWN = "140729100000";
    private static final int LEADS = 151;
    private static final Pattern LEAD_LINK = Pattern.compile("href=\"/registry/leads/(\\d+)\"");
    private static final Pattern NEXT = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"");
    private static String officer;
    private static String supervisor;
    private static String filename;
    private static String firstCode;

    @Autowired
    RegionService regionService;

    /** Once: 151 registrations of 翠峰镇 imported by the county, leads for the township officer. */
    @BeforeEach
    void importOnce() throws Exception {
        if (officer != null) {
            return;
        }
        SystemUserTestAccess.asRoot(() -> regionService.importCsv((TOWN + ",翠峰镇," + COUNTY + "\n").getBytes(StandardCharsets.UTF_8)));
        supervisor = createUser("sup-ls", COUNTY, Set.of(Role.SUPERVISOR), PW);
        StringBuilder csv = new StringBuilder("统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n");
        for (int i = 1; i < LEADS; i++) {
            String code = RegistryFixtures.uscc(COUNTY);
            firstCode = firstCode == null ? code : firstCode;
            csv.append(code).append(",翠峰镇测试养老点").append(i).append(",民政,养老服务,灵石县翠峰镇,2024-01-02\n");
        }
        csv.append(RegistryFixtures.uscc(COUNTY)).append(",翠峰镇百分之百%养老家园,民政,养老服务,灵石县翠峰镇,2024-01-02\n");
        filename = unique("灵石县登记_数据") + ".csv";
        String json = mvc.perform(multipart("/api/v1/registrations/imports").with(httpBasic(supervisor, PW))
                        .file(new MockMultipartFile("file", filename, "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        RegistrationImports.awaitDone(jdbc, RegistrationImports.id(json));
        officer = createUser("cf", TOWN, Set.of(Role.TOWNSHIP), PW);
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The list searched for {@code q}, sent as typed (a % is not a URL escape here). */
    private String search(String url, String q, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).param("q", q).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> leadIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = LEAD_LINK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    @DisplayName("#9-11: the township's 151 leads: the real total, keyset pages of 50, 50, 50 and 1 without repeats")
    void leadsArePagedWithTheRealTotal() throws Exception {
        MockHttpSession session = login(officer, PW);
        String url = "/registry/leads";
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        while (url != null) {
            String html = page(url, session);
            assertThat(html).contains("共 151 条");
            sizes.add(leadIds(html).size());
            seen.addAll(leadIds(html));
            Matcher next = NEXT.matcher(html);
            url = next.find() && !next.group(1).equals("#") ? next.group(1).replace("&amp;", "&") : null;
        }
        assertThat(sizes).containsExactly(50, 50, 50, 1);
        assertThat(seen).hasSize(LEADS).doesNotHaveDuplicates();
        mvc.perform(get("/registry/leads").param("after", "nonsense").session(session)).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("#9-11: leads are searched by name and by code; a typed % or _ matches itself, not any text")
    void leadsAreSearchedLiterally() throws Exception {
        MockHttpSession session = login(officer, PW);

        assertThat(leadIds(page("/registry/leads?q=测试养老点12", session))).hasSize(11);
        assertThat(page("/registry/leads?q=测试养老点12", session)).contains("共 11 条");
        assertThat(leadIds(page("/registry/leads?q=" + firstCode.substring(4).toLowerCase(), session))).hasSize(1);
        assertThat(search("/registry/leads", "%", session)).contains("共 1 条", "百分之百%养老家园");
        assertThat(page("/registry/leads?q=_", session)).contains("共 0 条", "没有线索。");
        assertThat(page("/registry/leads?status=VERIFIED&q=测试养老点12", session)).contains("共 0 条");
    }

    @Test
    @DisplayName("#9-11: the lead export streams every lead the list shows, not a page of them")
    void theExportHasEveryLead() throws Exception {
        MockHttpSession session = login(officer, PW);
        byte[] all = mvc.perform(get("/registry/leads.xlsx").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(all)).headRowNumber(0).sheet().doReadSync();
        assertThat(rows).hasSize(1 + LEADS);
        assertThat(rows.get(0).values()).contains("统一社会信用代码", "核查期限");
        byte[] some = mvc.perform(get("/registry/leads.xlsx").param("q", "测试养老点12").session(session))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat((List<?>) FastExcel.read(new ByteArrayInputStream(some)).headRowNumber(0).sheet().doReadSync()).hasSize(1 + 11);
    }

    @Test
    @DisplayName("#9-11: the workbench badge counts every open to-do (151 → 99+, 共 151 项), not the 100 it lists")
    void theWorkbenchCountsEveryOpenToDo() throws Exception {
        String home = page("/", login(officer, PW));
        assertThat(home).contains("title=\"共 151 项\"", ">99+</span>", "共 151 项待办，此处按办理期限显示最早的 100 项");
    }

    @Test
    @DisplayName("#9-11: the import list is searched by file name with its total; % and _ in the name are literal")
    void importsAreSearchedByFileName() throws Exception {
        MockHttpSession session = login(supervisor, PW);
        assertThat(page("/registry/imports?q=" + filename.substring(0, filename.length() - 4), session))
                .contains("共 1 次", filename);
        assertThat(search("/registry/imports", "灵石县登记%数据", session)).contains("共 0 次");
        assertThat(page("/registry/imports", session)).contains(filename);
    }
}
