package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue #9, correctness items 1–3: each reproduced on the code before the fix. */
class RegistryCorrectnessTests extends FilingTestBase {

    private static final String PASSWORD = "Par#Supervise26";

    private void accept(long filing) throws Exception {
        asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk());
    }

    private void revoke(long filing) throws Exception {
        asCounty(post("/api/v1/filings/" + filing + "/revoke").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"停止服务\"}")).andExpect(status().isOk());
    }

    private long submittedChange(String uscc) throws Exception {
        long change = draft(uscc, "{\"kind\":\"CHANGE\",\"changeSummary\":\"床位由100张调整为120张\"}");
        completeMaterials(change);
        asCounty(post("/api/v1/filings/" + change + "/submit")).andExpect(status().isOk());
        return change;
    }

    private String filingStatus(String uscc) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(asCounty(get("/api/v1/institutions/" + uscc)).andReturn().getResponse()
                .getContentAsString(), "$.filingStatus");
    }

    private int publicCommitments(String uscc) throws Exception {
        List<?> list = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/public/commitments").param("q", uscc))
                .andReturn().getResponse().getContentAsString(), "$");
        return list.size();
    }

    @Test
    @DisplayName("#9-1: a change filing accepted after the initial filing was revoked does not make the institution 已备案 again")
    void aChangeFilingCannotRevive() throws Exception {
        String uscc = createInstitution();
        long initial = submittedFiling(uscc);
        accept(initial);
        long change = submittedChange(uscc);
        revoke(initial);
        asCounty(post("/api/v1/filings/" + change + "/accept")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("机构的备案已撤销，变更备案不能予以备案；请重新办理首次备案。"));
        assertThat(filingStatus(uscc)).isEqualTo("REVOKED");
        asCounty(get("/api/v1/filings/" + change)).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    @DisplayName("#9-1: revoking the initial filing withdraws every published commitment of the institution, a change filing's too")
    void revokingWithdrawsEveryCommitment() throws Exception {
        String uscc = createInstitution();
        long initial = submittedFiling(uscc);
        accept(initial);
        accept(submittedChange(uscc));
        assertThat(publicCommitments(uscc)).isEqualTo(2);
        revoke(initial);
        assertThat(publicCommitments(uscc)).isZero();
    }

    /** Runs {@code request} at the same moment for {@code n} county supervisors, each with an account of their own. */
    private List<Integer> inParallel(int n, Function<RequestPostProcessor, Callable<Integer>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CyclicBarrier start = new CyclicBarrier(n);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Integer> call = request.apply(httpBasic(createUser("par", "532301", Set.of(Role.SUPERVISOR), PASSWORD),
                        PASSWORD));
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("#9-2: drafts started at the same moment: one succeeds, the others answer 409; one open filing per institution")
    void oneOpenFilingPerInstitution() throws Exception {
        String uscc = createInstitution();
        List<Integer> statuses = inParallel(6, as -> () -> mvc.perform(post("/api/v1/institutions/" + uscc + "/filings").with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INITIAL\"}")).andReturn().getResponse().getStatus());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(jdbc.sql("select count(*) from filing f join institution i on i.id = f.institution_id where i.uscc = ?")
                .param(uscc).query(Long.class).single()).isOne();
    }

    @Test
    @DisplayName("#9-2: concurrent accepts of one filing: one receipt, the others answer 409 with the transition message, never 500")
    void concurrentAcceptsGiveOneReceipt() throws Exception {
        long filing = submittedFiling(createInstitution());
        List<Integer> statuses = inParallel(5, as -> () -> mvc.perform(post("/api/v1/filings/" + filing + "/accept").with(as))
                .andReturn().getResponse().getStatus());
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(jdbc.sql("select count(*) from filing_transition where filing_id = ? and to_status = 'FILED'").param(filing)
                .query(Long.class).single()).isOne();
    }

    @Test
    @DisplayName("#9-3: the archive's first-admission date stands: a later date typed on a draft is refused, so a late filing stays late")
    void theArchivesFirstAdmissionStands() throws Exception {
        String uscc = createInstitution();
        LocalDate longAgo = LocalDate.now(clock).minusDays(60);
        long first = draft(uscc, "{\"kind\":\"INITIAL\",\"firstAdmissionDate\":\"" + longAgo + "\"}");
        asCounty(get("/api/v1/institutions/" + uscc)).andExpect(jsonPath("$.firstAdmissionDate").value(longAgo.toString()));
        asCounty(get("/api/v1/institutions/" + uscc + "/history"))
                .andExpect(jsonPath("$[0].fields[0].field").value("首次收住老人日期"));
        jdbc.sql("delete from filing_transition where filing_id = ?").param(first).update();
        jdbc.sql("delete from filing where id = ?").param(first).update();

        asCounty(post("/api/v1/institutions/" + uscc + "/filings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"INITIAL\",\"firstAdmissionDate\":\"" + LocalDate.now(clock) + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("机构档案记载的首次收住老人日期为 " + longAgo)));
        long again = draft(uscc, "{\"kind\":\"INITIAL\"}");
        completeMaterials(again);
        asCounty(post("/api/v1/filings/" + again + "/submit")).andExpect(status().isOk()).andExpect(jsonPath("$.late").value(true));
    }
}
