package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** 公民身份号码 protection: encrypted at rest, masked everywhere, exact search by blind index, audited reveal. */
@ExtendWith(OutputCaptureExtension.class)
class IdNumberProtectionTests extends IntegrationTest {

    /** A valid number unique to this run (order code varies), so the blind-index search finds exactly one account. */
    private static final int BASE = new Random().nextInt(1000);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private static String freshIdNumber() {
        String first17 = "532301" + "19800101" + String.format("%03d", (BASE + NEXT.getAndIncrement()) % 1000);
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private long createWithId(String username, String idNumber) throws Exception {
        String json = mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"实名用户\",\"regionCode\":\"532301\","
                                + "\"roles\":[\"INSPECTOR\"],\"idNumber\":\"" + idNumber + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain(idNumber);
        return ((Number) JsonPath.read(json, "$.user.id")).longValue();
    }

    @Test
    @DisplayName("An ID number is stored SM4-encrypted with a blind index and shown only masked in pages and API responses")
    void storedEncryptedShownMasked(CapturedOutput output) throws Exception {
        String idNumber = freshIdNumber();
        String username = unique("realname");
        long id = createWithId(username, idNumber);

        Map<String, Object> row = jdbc.sql("select id_number_enc, id_number_idx, id_number_masked from user_account where id = ?")
                .param(id).query().singleRow();
        assertThat((String) row.get("id_number_enc")).startsWith("sm4gcm:k1:").doesNotContain(idNumber);
        assertThat((String) row.get("id_number_idx")).hasSize(64);
        assertThat(row.get("id_number_masked")).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));

        String list = mvc.perform(get("/api/v1/admin/users").param("q", username).with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].idNumberMasked").value(row.get("id_number_masked")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(idNumber);
        MockHttpSession admin = login("sysadmin", DEMO_PASSWORD);
        assertThat(mvc.perform(get("/admin/users").param("q", username).session(admin)).andReturn().getResponse().getContentAsString())
                .contains((String) row.get("id_number_masked")).doesNotContain(idNumber);
        assertThat(mvc.perform(get("/admin/users/" + id).session(admin)).andReturn().getResponse().getContentAsString())
                .contains((String) row.get("id_number_masked")).doesNotContain(idNumber);
        assertThat(jdbc.sql("select count(*) from audit_log where detail like ? or target_id like ? or action like ?")
                .params("%" + idNumber + "%", "%" + idNumber + "%", "%" + idNumber + "%").query(Long.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain(idNumber);
    }

    @Test
    @DisplayName("Exact search by ID number uses the blind index (API and page), within the caller's scope")
    void blindIndexSearch() throws Exception {
        String idNumber = freshIdNumber();
        String username = unique("findme");
        createWithId(username, idNumber);
        mvc.perform(post("/api/v1/admin/users/search-by-id-number").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"" + idNumber.toLowerCase() + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].username").value(username));
        String page = mvc.perform(post("/admin/users/search-id").param("idNumber", idNumber)
                        .session(login("sysadmin", DEMO_PASSWORD)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(username).doesNotContain(idNumber);
        // an administrator of another prefecture does not find it
        String otherAdmin = createUser("admin-nt", "320600", Set.of(Role.SYSADMIN), "Nantong#Admin2026");
        mvc.perform(post("/api/v1/admin/users/search-by-id-number").with(httpBasic(otherAdmin, "Nantong#Admin2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"" + idNumber + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/admin/users/search-by-id-number").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"123\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("公民身份号码应为18位，当前为3位。"));
    }

    @Test
    @DisplayName("Reading a full ID number needs a reason and is audited before the number is returned")
    void auditedReveal(CapturedOutput output) throws Exception {
        String idNumber = freshIdNumber();
        long id = createWithId(unique("reveal"), idNumber);
        mvc.perform(post("/api/v1/admin/users/" + id + "/id-number/reveal").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("查看完整身份号码须填写原因（不超过200字），该操作将记入审计日志。"));
        long before = jdbc.sql("select coalesce(max(id),0) from audit_log").query(Long.class).single();
        mvc.perform(post("/api/v1/admin/users/" + id + "/id-number/reveal").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"核对执法证实名信息\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idNumber").value(idNumber));
        Map<String, Object> audit = jdbc.sql("select username, action, target_type, target_id, detail, outcome from audit_log "
                + "where id > ? and action = 'REVEAL id_number'").param(before).query().singleRow();
        assertThat(audit).containsEntry("username", "sysadmin").containsEntry("target_type", "user")
                .containsEntry("target_id", String.valueOf(id)).containsEntry("detail", "核对执法证实名信息").containsEntry("outcome", "SUCCESS");
        // the page reveal shows it once and is audited too
        String page = mvc.perform(post("/admin/users/" + id + "/reveal-id").param("reason", "复核")
                        .session(login("sysadmin", DEMO_PASSWORD)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(idNumber);
        assertThat(jdbc.sql("select count(*) from audit_log where id > ? and action = 'REVEAL id_number'").param(before)
                .query(Long.class).single()).isEqualTo(2);
        // the audit admin cannot reveal; nor can a business user
        mvc.perform(post("/api/v1/admin/users/" + id + "/id-number/reveal").with(httpBasic("auditadmin", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
        assertThat(output.getAll()).doesNotContain(idNumber);
    }

    @Test
    @DisplayName("An invalid ID number refuses the whole account creation with a Chinese reason")
    void invalidIdNumberChangesNothing() throws Exception {
        String username = unique("badid");
        mvc.perform(post("/api/v1/admin/users").with(httpBasic("sysadmin", DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username
                                + "\",\"displayName\":\"x\",\"regionCode\":\"532301\",\"roles\":[\"INSPECTOR\"],"
                                + "\"idNumber\":\"110105194912310021\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("公民身份号码校验码（第18位）不正确，请核对是否抄错。"));
        assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(username).query(Long.class).single()).isZero();
        mvc.perform(put("/api/v1/admin/users/1/id-number").with(httpBasic("sysadmin", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请填写公民身份号码。"));
    }
}
