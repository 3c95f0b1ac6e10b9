package org.eldercare.oversight.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.registry.filing.ChecklistEvaluation.State;
import org.eldercare.oversight.registry.filing.FilingChecklist.Exemption;
import org.eldercare.oversight.registry.filing.FilingChecklist.Requirement;
import org.eldercare.oversight.registry.filing.FilingChecklist.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** REG-11 a filing's materials against its region's checklist (plain): substitutes, exemptions, what blocks and what not. */
class ChecklistEvaluationTests {

    private static final FilingChecklist CHUXIONG = new FilingChecklist("532301", "楚雄市", "532300", "楚雄彝族自治州", false, null, null,
            List.of(Rule.of(FilingMaterial.REGISTRATION_CERTIFICATE, Requirement.REQUIRED, null, null, null),
                    Rule.of(FilingMaterial.ORIGINAL_BUILDING_RECORDS, Requirement.REQUIRED, FilingMaterial.STRUCTURAL_SAFETY_REPORT, null,
                            null),
                    Rule.of(FilingMaterial.RELOCATION_STATEMENT, Requirement.REQUIRED, null, Exemption.SMALL_CONVERSION, 1000),
                    Rule.of(FilingMaterial.PROPERTY_CERTIFICATE, Requirement.NOT_BLOCKING, null, null, null),
                    Rule.of(FilingMaterial.FIRE_SAFETY, Requirement.OPTIONAL, null, null, null)));

    private static State state(ChecklistEvaluation e, FilingMaterial m) {
        return e.items().stream().filter(i -> i.material() == m).findFirst().orElseThrow().state();
    }

    @Test
    @DisplayName("REG-11: nothing uploaded lists every required material with what may replace or exempt it")
    void missingRequiredMaterialsBlockAndSayWhatElseWould() {
        ChecklistEvaluation e = ChecklistEvaluation.of(CHUXIONG, Set.of(), null, null);
        assertThat(e.blockers()).containsExactly("营业执照或登记证书", "房屋原始建设及竣工验收资料（可以房屋建筑结构安全性鉴定报告替代）",
                "近期动迁计划说明（利用建筑面积1000㎡以下的独栋建筑或内部楼层改造的免于提交）");
        assertThat(state(e, FilingMaterial.PROPERTY_CERTIFICATE)).isEqualTo(State.NOT_BLOCKING);
        assertThat(state(e, FilingMaterial.FIRE_SAFETY)).isEqualTo(State.NOT_SUBMITTED);
        assertThat(e.notBlockingNote()).isEqualTo("未提交不动产权证书（不动产登记证）（按楚雄彝族自治州备案材料清单，不影响备案）");
        assertThat(e.asksForPremises()).isTrue();
    }

    @Test
    @DisplayName("REG-11 (002-3): the structural safety report stands in for the old building's records")
    void substitute() {
        ChecklistEvaluation e = ChecklistEvaluation.of(CHUXIONG, Set.of(FilingMaterial.STRUCTURAL_SAFETY_REPORT), null, null);
        assertThat(state(e, FilingMaterial.ORIGINAL_BUILDING_RECORDS)).isEqualTo(State.SUBSTITUTED);
        assertThat(e.items().get(1).text()).isEqualTo("以房屋建筑结构安全性鉴定报告替代");
        assertThat(e.blockers()).noneMatch(b -> b.startsWith("房屋原始建设"));
    }

    @Test
    @DisplayName("REG-11 (002-3): a detached building or floors of at most 1000㎡ are exempt; more, another building or no area are not")
    void exemptionForSmallConversions() {
        assertThat(state(ChecklistEvaluation.of(CHUXIONG, Set.of(), Premises.DETACHED, new BigDecimal("800")),
                FilingMaterial.RELOCATION_STATEMENT)).isEqualTo(State.EXEMPT);
        assertThat(state(ChecklistEvaluation.of(CHUXIONG, Set.of(), Premises.FLOORS, new BigDecimal("1000.00")),
                FilingMaterial.RELOCATION_STATEMENT)).as("以下 includes the limit").isEqualTo(State.EXEMPT);
        assertThat(state(ChecklistEvaluation.of(CHUXIONG, Set.of(), Premises.DETACHED, new BigDecimal("1000.5")),
                FilingMaterial.RELOCATION_STATEMENT)).isEqualTo(State.MISSING);
        assertThat(state(ChecklistEvaluation.of(CHUXIONG, Set.of(), Premises.OTHER, new BigDecimal("500")),
                FilingMaterial.RELOCATION_STATEMENT)).isEqualTo(State.MISSING);
        assertThat(state(ChecklistEvaluation.of(CHUXIONG, Set.of(), Premises.DETACHED, null),
                FilingMaterial.RELOCATION_STATEMENT)).isEqualTo(State.MISSING);
        ChecklistEvaluation exempt = ChecklistEvaluation.of(CHUXIONG, Set.of(), Premises.DETACHED, new BigDecimal("800.00"));
        assertThat(exempt.items().get(2).text()).isEqualTo("免于提交（独栋建筑改造，建筑面积800㎡，利用建筑面积1000㎡以下的独栋建筑或内部楼层改造）");
    }

    @Test
    @DisplayName("REG-11: an uploaded material is uploaded, whatever else applies; nothing missing means no note")
    void uploaded() {
        ChecklistEvaluation e = ChecklistEvaluation.of(CHUXIONG, Set.of(FilingMaterial.values()), Premises.DETACHED, BigDecimal.TEN);
        assertThat(e.items()).allMatch(i -> i.state() == State.UPLOADED);
        assertThat(e.blockers()).isEmpty();
        assertThat(e.notBlockingNote()).isNull();
    }

    @Test
    @DisplayName("REG-3: the registrar's level from the code's area digits; the bureau's name by level")
    void registrarLevelAndBureauNames() {
        assertThat(FilingAuthorities.registrarLevel("52532301MJ0000001X")).contains(Region.COUNTY);
        assertThat(FilingAuthorities.registrarLevel("52532300MJ0000001X")).contains(2);
        assertThat(FilingAuthorities.registrarLevel("12530000MB0000001X")).contains(1);
        assertThat(FilingAuthorities.registrarLevel("53100000500000001X")).contains(0);
        assertThat(FilingAuthorities.registrarLevel("5253A301MJ0000001X")).isEmpty();
        assertThat(FilingAuthorities.bureauName(new Region("530000", "云南省", 1, "000000", "/000000/530000/", false)))
                .isEqualTo("云南省民政厅");
        assertThat(FilingAuthorities.bureauName(new Region("500000", "重庆市", 1, "000000", "/000000/500000/", false)))
                .isEqualTo("重庆市民政局");
        assertThat(FilingAuthorities.bureauName(new Region("532300", "楚雄彝族自治州", 2, "530000", "/", false)))
                .isEqualTo("楚雄彝族自治州民政局");
        assertThat(FilingAuthorities.bureauName(new Region("000000", "全国", 0, null, "/000000/", false))).isEqualTo("中华人民共和国民政部");
    }
}
