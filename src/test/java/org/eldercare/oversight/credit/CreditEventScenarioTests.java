package org.eldercare.oversight.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.complaint.ComplaintConcluded;
import org.eldercare.oversight.hazard.HazardRaised;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.inspection.InspectionCompleted;
import org.eldercare.oversight.inspection.RiskSignals;
import org.eldercare.oversight.registry.InstitutionFiled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * CRD-1 module scenarios: the other modules' events, published in a transaction as their publishers do, become entries of the
 * code with points from the rule table; the grade is recomputed and {@code CreditGradeChanged} published; a repeated event
 * records nothing more; a serious entry gives the draw's SERIOUS_VIOLATION signal (INS-3).
 */
@EnableScenarios
class CreditEventScenarioTests extends IntegrationTest {

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("creditRiskSignals")
    RiskSignals signals;
    private String uscc;
    private long site;

    @BeforeEach
    void institution() throws Exception {
        String supervisor = createUser("crd-scn", CreditFixtures.COUNTY, Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        uscc = CreditFixtures.uscc();
        site = CreditFixtures.institution(mvc, supervisor, DEMO_PASSWORD, uscc, "大理场景测试养老院" + unique(""), CreditFixtures.TOWNSHIP);
    }

    private List<String> kinds() {
        return jdbc.sql("select kind || ':' || points from credit_entry where uscc = ? order by id").param(uscc).query(String.class).list();
    }

    @Test
    @DisplayName("CRD-1/CRD-2: InstitutionFiled → a commitment entry; the first grade publishes CreditGradeChanged (B, 82)")
    void filingGivesCommitmentAndFirstGrade(Scenario scenario) {
        scenario.publish(new InstitutionFiled(site, 800_000_000L + site, uscc, "场景", CreditFixtures.TOWNSHIP, LocalDate.now(clock),
                        "大民养备〔2026〕1号", true))
                .andWaitForEventOfType(org.eldercare.oversight.credit.CreditGradeChanged.class).matching(e -> e.uscc().equals(uscc))
                .toArriveAndVerify(e -> {
                    assertThat(e.grade()).isEqualTo("B");
                    assertThat(e.previousGrade()).isNull();
                    assertThat(e.score()).isEqualTo(82);
                    assertThat(kinds()).containsExactly("COMMITMENT_PUBLISHED:2");
                });
    }

    @Test
    @DisplayName("CRD-1: InspectionCompleted with 3 failed items → −6; HazardRaised MAJOR → −10 and SERIOUS_VIOLATION; once each")
    void inspectionAndHazard(Scenario scenario) {
        InspectionCompleted inspection = new InspectionCompleted(700_000_000L + site, site, uscc, CreditFixtures.TOWNSHIP, "ROUTINE",
                LocalDate.now(clock), 20, 3);
        scenario.publish(inspection).andWaitForStateChange(this::kinds, k -> k.size() == 1)
                .andVerify(k -> assertThat(k).containsExactly("INSPECTION_FAILED:-6"));
        scenario.publish(inspection).andWaitForStateChange(() -> completed(inspection.taskId()), Boolean::booleanValue)
                .andVerify(done -> assertThat(kinds()).hasSize(1));
        scenario.publish(new HazardRaised(600_000_000L + site, site, uscc, CreditFixtures.TOWNSHIP, "MAJOR", "消防", "INSPECTION",
                        LocalDate.now(clock), LocalDate.now(clock).plusDays(30)))
                .andWaitForStateChange(this::kinds, k -> k.size() == 2)
                .andVerify(k -> {
                    assertThat(k).containsExactly("INSPECTION_FAILED:-6", "HAZARD_MAJOR:-10");
                    assertThat(jdbc.sql("select score from credit_grade where uscc = ?").param(uscc).query(Integer.class).single())
                            .isEqualTo(64);
                    assertThat(signals.signalsUnder("/000000/530000/532900/532901/").get(site))
                            .contains(RiskSignals.Signal.SERIOUS_VIOLATION);
                });
    }

    @Test
    @DisplayName("CRD-1: ComplaintConcluded upheld → −3; not upheld or without an institution → nothing")
    void complaints(Scenario scenario) {
        scenario.publish(new ComplaintConcluded(500_000_000L + site, site, uscc, CreditFixtures.TOWNSHIP, "服务质量", false,
                        LocalDate.now(clock)))
                .andWaitForStateChange(() -> completed(500_000_000L + site), Boolean::booleanValue)
                .andVerify(done -> assertThat(kinds()).isEmpty());
        scenario.publish(new ComplaintConcluded(510_000_000L + site, site, uscc, CreditFixtures.TOWNSHIP, "服务质量", true,
                        LocalDate.now(clock)))
                .andWaitForStateChange(this::kinds, k -> !k.isEmpty())
                .andVerify(k -> assertThat(k).containsExactly("COMPLAINT_UPHELD:-3"));
    }

    /** Whether the listener has finished with the event naming this id (the publication registry says so). */
    private boolean completed(long id) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ? and completion_date is not null")
                .param("%" + id + "%").query(Long.class).single() > 0;
    }
}
