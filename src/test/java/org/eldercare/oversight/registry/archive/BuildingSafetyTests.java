package org.eldercare.oversight.registry.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.BuildingRatedUnsafe;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** #10 item 2 (REG-9, HAZ-7): building and fire-safety facts on the archive, the C/D major-hazard candidate and what is refused. */
class BuildingSafetyTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate APPRAISED = LocalDate.of(2026, 3, 2);

    private static InstitutionFacts with(String grade, LocalDate appraised, String standard, LocalDate standardOn) {
        return InstitutionTests.facts("福寿养老院", 120, 80).withBuilding(true, appraised, grade, standard, standardOn, "楚消标〔2026〕3号");
    }

    private static Institution savedWith(InstitutionFacts facts) {
        Institution i = InstitutionTests.saved(InstitutionTests.facts("福寿养老院", 120, 80));
        i.clearDomainEvents();
        i.apply(facts, "sup", NOW);
        return i;
    }

    @Test
    @DisplayName("REG-9: an appraisal of grade C or D makes a major-hazard candidate and announces it for the hazard module")
    void gradeCOrDIsAnnounced() {
        Institution c = savedWith(with("C", APPRAISED, "MET", APPRAISED));
        assertThat(c.building().unsafe()).isTrue();
        assertThat(c.domainEvents()).containsExactly(new BuildingRatedUnsafe(11L, c.uscc(), "532301101000", "C", APPRAISED));
        assertThat(InstitutionView.of(c, java.util.List.of()).buildingHazardCandidate()).isTrue();
        Institution d = savedWith(with("D", APPRAISED, null, null));
        assertThat(d.domainEvents()).containsExactly(new BuildingRatedUnsafe(11L, d.uscc(), "532301101000", "D", APPRAISED));
    }

    @Test
    @DisplayName("REG-9: grades A and B raise nothing; an unchanged C appraisal is not announced twice; a new one is")
    void onlyNewUnsafeAppraisalsAreAnnounced() {
        Institution b = savedWith(with("B", APPRAISED, null, null));
        assertThat(b.domainEvents()).isEmpty();
        assertThat(b.building().unsafe()).isFalse();
        Institution c = savedWith(with("C", APPRAISED, null, null));
        c.clearDomainEvents();
        c.apply(with("C", APPRAISED, "IN_PROGRESS", null), "sup", NOW);
        assertThat(c.domainEvents()).isEmpty();
        LocalDate again = LocalDate.of(2026, 11, 1);
        c.apply(with("D", again, null, null), "sup", NOW);
        assertThat(c.domainEvents()).containsExactly(new BuildingRatedUnsafe(11L, c.uscc(), "532301101000", "D", again));
    }

    @Test
    @DisplayName("REG-9/HAZ-7: the facts are recorded in the change history with Chinese labels")
    void changesAreLabelled() {
        Institution i = InstitutionTests.saved(InstitutionTests.facts("福寿养老院", 120, 80));
        Map<String, Object[]> changes = i.apply(with("C", APPRAISED, "BENCHMARK", APPRAISED), "sup", NOW);
        assertThat(changes.get("房屋安全鉴定等级")).containsExactly(null, "C级");
        assertThat(changes.get("自建房")).containsExactly(false, true);
        assertThat(changes.get("消防安全标准化")).containsExactly("未创建", "标杆");
        assertThat(changes.get("消防安全标准化依据")).containsExactly(null, "楚消标〔2026〕3号");
    }

    @Test
    @DisplayName("REG-9/HAZ-7: a future appraisal date, a date without grade, a bad grade, 达标 without date are refused and change nothing")
    void badFactsAreRefused() {
        Institution i = InstitutionTests.saved(InstitutionTests.facts("福寿养老院", 120, 80));
        refused(i, with("A", LocalDate.of(2026, 11, 26), null, null), "registry.date.future");
        refused(i, with(null, APPRAISED, null, null), "registry.building.gradeRequired");
        refused(i, with("C", null, null, null), "registry.building.dateRequired");
        refused(i, with("E", APPRAISED, null, null), "field.invalid");
        refused(i, with("A", APPRAISED, "MET", null), "registry.building.standardDateRequired");
        refused(i, with("A", APPRAISED, "BENCHMARK", LocalDate.of(2026, 12, 1)), "registry.date.future");
        assertThat(i.building()).isEqualTo(BuildingSafety.NONE);
        assertThat(i.domainEvents()).hasSize(1); // only the creation
    }

    private static void refused(Institution i, InstitutionFacts f, String key) {
        assertThatThrownBy(() -> i.apply(f, "sup", NOW)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(key));
    }
}
