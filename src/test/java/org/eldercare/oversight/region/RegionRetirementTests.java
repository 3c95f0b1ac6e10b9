package org.eldercare.oversight.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * #9 item 17: the system administrator imports a complete newer national list; a division it lacks (here 楚雄市东华镇, where
 * the demo data have 东华互助站) is retired, not deleted: it still names and scopes its records, shows 已撤销, and is no
 * longer offered or accepted for new records; listing it again restores it. Runs in a transaction that is rolled back, so
 * the shared test database keeps its divisions current.
 */
class RegionRetirementTests extends IntegrationTest {

    /** The children from the shipped list: other test classes add townships of their own in the 900s, a number no real
     *  division uses. */
    private static final String SHIPPED_CHILDREN = "$.children[?(@.code =~ /\\d{6}[0-8]\\d{5}/)]";

    private static final String DONGHUA = "532301105000";
    private static final Pattern RESULT = Pattern.compile("导入成功：新增 (\\d+) 个，更名 (\\d+) 个，恢复 (\\d+) 个，撤销 (\\d+) 个区划。");

    @Autowired
    TransactionTemplate transactions;

    /** The bundled national list as its four files, without 东华镇's line when {@code withoutDonghua}. */
    private static MockMultipartHttpServletRequestBuilder upload(boolean withoutDonghua) {
        MockMultipartHttpServletRequestBuilder b = multipart("/admin/regions/import");
        for (DivisionFiles.Source s : NationalDivisionsMigration.bundled()) {
            String text = withoutDonghua ? s.text().replace("532301105,\"东华镇\",532301,53,5323\n", "") : s.text();
            b.file(new MockMultipartFile("file", s.filename(), "text/csv", text.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Matcher imported(MockHttpSession admin, boolean withoutDonghua) throws Exception {
        String page = mvc.perform(upload(withoutDonghua).param("complete", "true").session(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = RESULT.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m;
    }

    private boolean retired(String code) {
        return jdbc.sql("select retired_at is not null from region where code = ?").param(code).query(Boolean.class).single();
    }

    @Test
    @DisplayName("#9 item 17: re-importing a complete list retires a missing code, keeps it with its records, and restores it when listed")
    void completeListRetiresMissingCodes() {
        String uscc = jdbc.sql("select uscc from institution where region_code = ? order by id limit 1").param(DONGHUA)
                .query(String.class).single();
        transactions.executeWithoutResult(tx -> {
            try {
                MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
                Matcher first = imported(admin, true);
                assertThat(first.group(1)).isEqualTo("0");
                assertThat(Integer.parseInt(first.group(4))).isGreaterThanOrEqualTo(1);
                assertThat(retired(DONGHUA)).isTrue();
                assertThat(retired("532301101000")).isFalse();
                stillThereForItsRecords(uscc);
                notOfferedForNewRecords(uscc);
                assertThat(mvc.perform(get("/admin/regions/532301/children").session(admin)).andReturn().getResponse()
                        .getContentAsString()).contains("东华镇", "已撤销");

                Matcher again = imported(admin, false);
                assertThat(Integer.parseInt(again.group(3))).isGreaterThanOrEqualTo(1);
                assertThat(retired(DONGHUA)).isFalse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                tx.setRollbackOnly();
            }
        });
    }

    /** The retired township still names and scopes its institution, and is listed (marked) below its county. */
    private void stillThereForItsRecords(String uscc) throws Exception {
        mvc.perform(get("/api/v1/regions/532301").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(SHIPPED_CHILDREN, hasSize(15)))
                .andExpect(jsonPath("$.children[?(@.code == '" + DONGHUA + "')].retired").value(true))
                .andExpect(jsonPath("$.children[?(@.code == '532301101000')].retired").doesNotExist());
        mvc.perform(get("/api/v1/institutions/" + uscc).with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.regionCode").value(DONGHUA));
        mvc.perform(get("/api/v1/institutions/" + uscc).with(httpBasic("demo-township", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    /** Neither a new institution, nor a new account, nor a region field offers or accepts the retired township. */
    private void notOfferedForNewRecords(String uscc) throws Exception {
        String json = """
                {"uscc":"%s","name":"东华测试养老院","legalForm":"NON_PROFIT","kind":"NURSING_HOME","address":"楚雄市东华镇",
                 "regionCode":"%s","bedsTotal":10,"nursingBeds":0,"residents":0,"staff":1,"fireAcceptance":"PASSED",
                 "operatingStatus":"OPERATING"}""".formatted(uscc, DONGHUA);
        mvc.perform(post("/api/v1/institutions").with(httpBasic("demo-county", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("区划“东华镇”（532301105000）已撤销，不能用于新的记录，请选择现行区划。"));
        assertThatThrownBy(() -> createUser("donghua", DONGHUA, Set.of(Role.TOWNSHIP), "Donghua#Test2026"))
                .isInstanceOf(PlatformException.class);
        String picker = mvc.perform(get("/regions/picker").param("field", "regionCode").param("kind", "TOWNSHIP")
                        .param("parent", "532301").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(picker).contains("value=\"532301101000\"").doesNotContain(DONGHUA);
    }
}
