package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.function.Consumer;
import org.eldercare.oversight.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Items 15 and 16: signed checkpoints outside the database anchor the chain's head; verification starts from them. */
class AuditCheckpointTests extends IntegrationTest {

    @Autowired
    private AuditCheckpoints checkpoints;
    @Autowired
    private AuditVerifier verifier;
    @Autowired
    private PlatformTransactionManager transactions;

    private long lastId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
    }

    private void someAuditRows() throws Exception {
        mvc.perform(formLogin("/login").user("demo-township").password(DEMO_PASSWORD));
        mvc.perform(formLogin("/login").user("demo-township").password("wrong"));
        mvc.perform(formLogin("/login").user("demo-township").password(DEMO_PASSWORD));
    }

    /**
     * Tampers with the audit table as its owner would, behind the trigger, and looks at the result before everything is
     * rolled back (trigger, rows and all), so the shared chain stays intact for the other tests.
     */
    private void asOwnerThenRollBack(String sql, long param, Consumer<Void> whileTampered) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
            jdbc.sql(sql).param(param).update();
            whileTampered.accept(null);
            tx.setRollbackOnly();
        });
    }

    @Test
    @DisplayName("Deleting the newest audit rows behind the trigger is reported as truncated: the head lies before the checkpoint")
    void deletingTheNewestRowsIsDetected() throws Exception {
        someAuditRows();
        AuditCheckpoints.Outcome anchored = checkpoints.checkpoint();
        assertThat(anchored.written()).isTrue();
        long checkpoint = anchored.checkpoint().id();
        assertThat(checkpoint).isEqualTo(anchored.verification().headId());

        asOwnerThenRollBack("delete from audit_log where id >= ?", checkpoint - 1, ignored -> {
            ChainVerification incremental = verifier.verify(false);
            assertThat(incremental.status()).isEqualTo(ChainVerification.Status.TRUNCATED);
            assertThat(incremental.isIntact()).isFalse();
            assertThat(incremental.checkpointId()).isGreaterThanOrEqualTo(checkpoint);
            assertThat(incremental.headId()).isLessThan(checkpoint - 1);
            assertThat(verifier.verify(true).status()).isEqualTo(ChainVerification.Status.TRUNCATED);
        });
        assertThat(verifier.verify(false).isIntact()).isTrue();
    }

    @Test
    @DisplayName("Verification recomputes only the rows after the newest checkpoint; full=true walks the whole chain")
    void verificationIsIncremental() throws Exception {
        someAuditRows();
        long anchored = checkpoints.checkpoint().verification().headId();
        someAuditRows();
        ChainVerification v = verifier.verify(false);
        assertThat(v.isIntact()).isTrue();
        assertThat(v.fromCheckpointId()).isGreaterThanOrEqualTo(anchored); // greater if the periodic one came in between
        long upToHead = jdbc.sql("select count(*) from audit_log where id <= ?").param(v.headId()).query(Long.class).single();
        long sinceCheckpoint = jdbc.sql("select count(*) from audit_log where id >= ? and id <= ?")
                .params(v.fromCheckpointId(), v.headId()).query(Long.class).single();
        assertThat(v.rows()).isEqualTo(upToHead);
        assertThat(v.verifiedRows()).isEqualTo(sinceCheckpoint).isLessThan(upToHead);
        ChainVerification full = verifier.verify(true);
        assertThat(full.full()).isTrue();
        assertThat(full.verifiedRows()).isEqualTo(full.rows()).isGreaterThanOrEqualTo(upToHead);

        long old = jdbc.sql("select min(id) from audit_log").query(Long.class).single();
        asOwnerThenRollBack("update audit_log set detail = 'forged' where id = ?", old, ignored -> {
            assertThat(verifier.verify(false).isIntact()).isTrue(); // vouched for by the checkpoint, not recomputed
            assertThat(verifier.verify(true).firstBrokenId()).isEqualTo(old);
        });
        asOwnerThenRollBack("update audit_log set detail = 'forged' where id = ?", v.headId(), ignored ->
                assertThat(verifier.verify(false).firstBrokenId()).isEqualTo(v.headId()));
    }

    @Test
    @DisplayName("The audit admin verifies incrementally or in full through the API and takes a checkpoint on demand")
    void apiAndPage() throws Exception {
        mvc.perform(post("/api/v1/audit/checkpoints").with(httpBasic("auditadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.written").value(true))
                .andExpect(jsonPath("$.verification.intact").value(true));
        mvc.perform(get("/api/v1/audit/verify").with(httpBasic("auditadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.status").value("INTACT"))
                .andExpect(jsonPath("$.fromCheckpointId").isNumber())
                .andExpect(jsonPath("$.verifiedRows").value(Matchers.lessThan(10)));
        mvc.perform(get("/api/v1/audit/verify").param("full", "true").with(httpBasic("auditadmin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.full").value(true)).andExpect(jsonPath("$.fromCheckpointId").doesNotExist());
        mvc.perform(post("/api/v1/audit/checkpoints").with(httpBasic("demo-supervisor", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());

        MockHttpSession auditor = login("auditadmin", DEMO_PASSWORD);
        mvc.perform(post("/audit/checkpoints").session(auditor).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", Matchers.startsWith("已生成审计链检查点")));
        String page = mvc.perform(get("/audit/verify").session(auditor)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("审计链完整").contains("本次从检查点").contains("立即生成检查点");
        assertThat(mvc.perform(get("/audit/verify").param("full", "true").session(auditor)).andReturn().getResponse()
                .getContentAsString()).contains("核对了全部检查点");
        assertThat(lastId()).isPositive();
    }
}
