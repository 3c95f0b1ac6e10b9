package org.eldercare.oversight.registry.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.InstitutionFiled;
import org.eldercare.oversight.registry.UnfiledInstitutionDiscovered;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** REG-1 archive entry: what it accepts, what it refuses, and the before/after diff its history is built from. */
class InstitutionTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final Uscc USCC = Uscc.complete("52532301MJ0000001");

    static InstitutionFacts facts(String name, int beds, int nursing) {
        return new InstitutionFacts(name, "NON_PROFIT", "NURSING_HOME", "楚雄市鹿城镇永安路18号", "532301101000", "王法人", "赵负责",
                "钱联系", "13800138000", beds, nursing, 80, 30, new BigDecimal("3200.50"), true, false, "PASSED", true, false,
                false, true, "OPERATING", LocalDate.of(2020, 5, 1), null, null, null, null, null, null);
    }

    static Institution saved(InstitutionFacts facts) {
        Institution i = Institution.create(USCC, facts, "sup", NOW);
        ReflectionTestUtils.setField(i, "id", 11L);
        return i;
    }

    @Test
    @DisplayName("REG-1: a new archive entry keeps the facts and announces itself with the id it was saved under")
    void creationIsAnnounced() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        assertThat(i.name()).isEqualTo("福寿养老院");
        assertThat(i.legalForm()).isEqualTo(LegalForm.NON_PROFIT);
        assertThat(i.filingStatus()).isEqualTo(FilingState.UNFILED);
        assertThat(i.domainEvents()).containsExactly(new Institution.Archived(11L, USCC.value(), "福寿养老院", "532301101000"));
    }

    @Test
    @DisplayName("REG-1: a change returns exactly the changed fields with their values before and after (the seat's new name is"
            + " also the entity's registered name, REG-10)")
    void applyReturnsTheDiff() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        Map<String, Object[]> changes = i.apply(facts("福寿康养院", 150, 80), "sup2", NOW.plusSeconds(60));
        assertThat(changes).containsOnlyKeys("机构名称", "登记名称", "床位总数");
        assertThat(changes.get("登记名称")).containsExactly("福寿养老院", "福寿康养院");
        assertThat(changes.get("机构名称")).containsExactly("福寿养老院", "福寿康养院");
        assertThat(changes.get("床位总数")).containsExactly(120, 150);
        assertThat(i.updatedBy()).isEqualTo("sup2");
    }

    @Test
    @DisplayName("REG-1: saving the same facts again changes nothing")
    void applyingTheSameFactsIsNoChange() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        assertThat(i.apply(facts("福寿养老院", 120, 80), "sup", NOW)).isEmpty();
    }

    @Test
    @DisplayName("REG-1: the history shows the contact phone masked, never in full")
    void thePhoneIsMaskedInTheDiff() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        InstitutionFacts.SelfReported report = new InstitutionFacts.SelfReported("钱联系", "13900139000", 120, 80, 80, 30,
                true, false, true, true);
        Map<String, Object[]> changes = i.applySelfReported(report, "inst", NOW);
        assertThat(changes).containsOnlyKeys("联系电话");
        assertThat(changes.get("联系电话")).doesNotContain("13800138000", "13900139000");
    }

    @Test
    @DisplayName("REG-1: an institution's own report cannot touch what the supervisors keep (name, legal form, region)")
    void selfReportTouchesOnlyReportedFacts() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        i.applySelfReported(new InstitutionFacts.SelfReported(null, null, 130, 90, 100, 40, false, false, false, false),
                "inst", NOW);
        assertThat(i.name()).isEqualTo("福寿养老院");
        assertThat(i.regionCode()).isEqualTo("532301101000");
        assertThat(i.bedsTotal()).isEqualTo(130);
        assertThat(i.contactPhone()).isNull();
    }

    @Test
    @DisplayName("REG-1: more nursing beds than beds, a negative count or an unknown kind is refused and changes nothing")
    void badFactsAreRefused() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        assertThatThrownBy(() -> i.apply(facts("福寿养老院", 50, 80), "sup", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("registry.beds.nursingExceedsTotal"));
        assertThatThrownBy(() -> i.apply(facts("福寿养老院", -1, 0), "sup", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("registry.count.negative"));
        InstitutionFacts unknownKind = new InstitutionFacts("甲", "NON_PROFIT", "CASTLE", "地址", "532301101000", null, null, null,
                null, 1, 0, 0, 0, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> Institution.create(USCC, unknownKind, "sup", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.args()).containsExactly("机构类型"));
    }

    @Test
    @DisplayName("REG-3: an accepted filing marks the institution filed and announces InstitutionFiled for the inspection")
    void markFiledAnnouncesTheFiling() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        i.clearDomainEvents();
        i.markFiled(5L, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 25), "楚民养备〔2026〕0001号", true);
        assertThat(i.filingStatus()).isEqualTo(FilingState.FILED);
        assertThat(i.domainEvents()).containsExactly(new InstitutionFiled(11L, 5L, USCC.value(), "福寿养老院", "532301101000",
                LocalDate.of(2026, 11, 25), "楚民养备〔2026〕0001号", true));
    }

    @Test
    @DisplayName("REG-3: an unfiled institution found admitting residents is announced for inspection; a filed one is refused")
    void discoveryOnlyForUnfiled() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        i.clearDomainEvents();
        i.recordUnfiledDiscovery(LocalDate.of(2024, 9, 27));
        assertThat(List.copyOf(i.domainEvents())).containsExactly(
                new UnfiledInstitutionDiscovered(11L, USCC.value(), "福寿养老院", "532301101000", LocalDate.of(2024, 9, 27)));
        i.markFiled(5L, null, LocalDate.of(2026, 11, 25), "r", true);
        assertThatThrownBy(() -> i.recordUnfiledDiscovery(LocalDate.of(2026, 11, 25)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("registry.discovery.alreadyFiled"));
    }

    @Test
    @DisplayName("#9-14: the archive refuses a first-admission date after today in Beijing time, and keeps the old facts")
    void aFirstAdmissionAfterTodayIsRefused() {
        Institution i = saved(facts("福寿养老院", 120, 80));
        InstitutionFacts f = facts("福寿养老院", 120, 80);
        InstitutionFacts tomorrow = new InstitutionFacts(f.name(), f.legalForm(), f.kind(), f.address(), f.regionCode(),
                f.legalRepName(), f.principalName(), f.contactName(), f.contactPhone(), f.bedsTotal(), f.nursingBeds(), f.residents(),
                f.staff(), f.floorArea(), f.hasMedicalUnit(), f.medicalInsuranceDesignated(), f.fireAcceptance(), f.foodLicense(),
                f.publicBuiltPrivateRun(), f.safetyNet(), f.partyOrganisation(), f.operatingStatus(), LocalDate.of(2026, 11, 26),
                null, null, null, null, null, null);
        // 2026-11-25T02:00Z is 10:00 on the 25th in Beijing: the 26th has not come
        assertThatThrownBy(() -> i.apply(tomorrow, "sup", NOW)).isInstanceOf(PlatformException.class)
                .hasMessageContaining("registry.date.future");
        assertThat(i.firstAdmissionDate()).isEqualTo(LocalDate.of(2020, 5, 1));
        // at 16:30Z it is already the 26th in Beijing
        assertThat(i.apply(tomorrow, "sup", Instant.parse("2026-11-25T16:30:00Z"))).containsKey("首次收住老人日期");
    }
}
