package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Issue #8 item 3: only the institution's own account signs its 书面信用承诺; a supervisor enters a paper original as 代录. */
class CommitmentSigningTests extends FilingTestBase {

    private static final String SIGNATURE = "{\"signerName\":\"李四\",\"signerTitle\":\"院长\"}";

    private String ownAccount(String uscc) {
        String user = createUser("own", "532301", Set.of(Role.INSTITUTION), "Own#Sign2026x");
        linkInstitution(user, jdbc.sql("select id from institution where uscc = ?").param(uscc).query(Long.class).single());
        return user;
    }

    private long scanCount(long filing) {
        return jdbc.sql("select count(*) from filing_attachment where filing_id = ? and material = 'COMMITMENT_ORIGINAL'")
                .param(filing).query(Long.class).single();
    }

    @Test
    @DisplayName("REG-2 / #8-3: a supervisor cannot sign the institution's commitment as if he were the institution")
    void aSupervisorCannotSignForTheInstitution() throws Exception {
        long filing = draft(createInstitution(), "{\"kind\":\"INITIAL\"}");
        asCounty(post("/api/v1/filings/" + filing + "/commitment").contentType(MediaType.APPLICATION_JSON).content(SIGNATURE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("书面信用承诺须由机构本单位账户签署")));
        assertThat(jdbc.sql("select count(*) from credit_commitment where filing_id = ?").param(filing).query(Long.class).single())
                .isZero();
    }

    @Test
    @DisplayName("#8-3: 代录 needs the scan of the paper original; without it nothing is stored")
    void aProxyEntryNeedsTheScan() throws Exception {
        long filing = draft(createInstitution(), "{\"kind\":\"INITIAL\"}");
        asCounty(multipart("/api/v1/filings/" + filing + "/commitment/paper")
                .file(new MockMultipartFile("scan", "空.pdf", "application/pdf", new byte[0]))
                .param("signerName", "李四").param("signerTitle", "院长")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("上传的文件为空。"));
        asCounty(multipart("/api/v1/filings/" + filing + "/commitment/paper")
                .file(new MockMultipartFile("scan", "假.pdf", "application/pdf", "不是PDF".getBytes(StandardCharsets.UTF_8)))
                .param("signerName", "李四").param("signerTitle", "院长")).andExpect(status().isBadRequest());
        assertThat(scanCount(filing)).isZero();
        assertThat(jdbc.sql("select count(*) from credit_commitment where filing_id = ?").param(filing).query(Long.class).single())
                .isZero();
    }

    @Test
    @DisplayName("#8-3: a 代录 commitment keeps its scan, cannot lose it, and the public list and the receipt say 代录")
    void aProxyEntryIsMarkedEverywhere() throws Exception {
        String uscc = createInstitution();
        long filing = submittedFiling(uscc);
        assertThat(scanCount(filing)).isOne();
        asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/commitments").param("q", uscc))
                .andExpect(jsonPath("$[0].proxyEntry").value(true));
        assertThat(mvc.perform(get("/public/commitments").param("q", uscc)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("纸质原件，民政部门代录");
        byte[] pdf = asCounty(get("/api/v1/filings/" + filing + "/receipt.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(FilingReceiptTests.shownText(pdf)).contains("由备案机关代录");
    }

    @Test
    @DisplayName("#8-3: the scan of a 代录 original cannot be deleted on its own")
    void theScanCannotBeRemoved() throws Exception {
        long filing = draft(createInstitution(), "{\"kind\":\"INITIAL\"}");
        asCounty(paperCommitment(filing, "李四", "院长")).andExpect(status().isOk());
        long scan = jdbc.sql("select original_scan_id from credit_commitment where filing_id = ?").param(filing)
                .query(Long.class).single();
        mvc.perform(post("/registry/filings/" + filing + "/attachments/" + scan + "/delete")
                .with(httpBasic("demo-county", DEMO_PASSWORD))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(scanCount(filing)).isOne();
    }

    @Test
    @DisplayName("#8-3: the institution's own account signs; its signature replaces a 代录 and cannot be overwritten by one")
    void theInstitutionSignsItself() throws Exception {
        String uscc = createInstitution();
        String own = ownAccount(uscc);
        long filing = draft(uscc, "{\"kind\":\"INITIAL\"}");
        asCounty(paperCommitment(filing, "李四", "院长")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/filings/" + filing + "/commitment").with(httpBasic(own, "Own#Sign2026x"))
                .contentType(MediaType.APPLICATION_JSON).content(SIGNATURE)).andExpect(status().isOk());
        assertThat(jdbc.sql("select proxy_entry from credit_commitment where filing_id = ?").param(filing)
                .query(Boolean.class).single()).isFalse();
        asCounty(paperCommitment(filing, "王五", "院长")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("机构已通过本单位账户签署书面信用承诺，不能再代录。"));
        mvc.perform(paperCommitment(filing, "王五", "院长").with(httpBasic(own, "Own#Sign2026x")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select signer_name from credit_commitment where filing_id = ?").param(filing)
                .query(String.class).single()).isEqualTo("李四");
    }
}
