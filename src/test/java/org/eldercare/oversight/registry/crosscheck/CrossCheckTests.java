package org.eldercare.oversight.registry.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eldercare.oversight.registry.crosscheck.Registrations.code;

import java.util.List;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.registry.archive.FilingState;
import org.eldercare.oversight.registry.archive.LegalForm;
import org.eldercare.oversight.registry.archive.OperatingStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The classification of registrations against the registry (REG-4): plain unit tests, no Spring context. */
class CrossCheckTests {

    private static int next = 100;

    private static CrossCheck.Entry archive(String name, FilingState filing, OperatingStatus operating) {
        return archive(name, LegalForm.NON_PROFIT, filing, operating);
    }

    private static CrossCheck.Entry archive(String name, LegalForm form, FilingState filing, OperatingStatus operating) {
        int n = next++;
        return new CrossCheck.Entry(n, code("532325", n), name, "532325101000", form, filing, operating);
    }

    private static RegistrationRows.Candidate candidate(String uscc, String name) {
        return new RegistrationRows.Candidate(2, Uscc.parse(uscc), name, "市场监管", "养老服务", null, null);
    }

    private static CrossCheck.Classified classify(List<CrossCheck.Entry> registry, RegistrationRows.Candidate c) {
        return CrossCheck.against(registry).classify(c);
    }

    @Test
    void aRegistrationMatchesTheArchiveWithItsCodeWhateverItsName() {
        CrossCheck.Entry archived = archive("栋川镇颐养院", FilingState.UNFILED, OperatingStatus.OPERATING);

        CrossCheck.Classified row = classify(List.of(archived), candidate(archived.uscc(), "姚安县栋川镇颐养服务中心"));

        assertThat(row.match()).isEqualTo(archived);
        assertThat(row.classification()).isEqualTo(Classification.UNFILED);
    }

    @Test
    @DisplayName("#9-5: a registration with another valid code is never matched by name, however alike the names")
    void anotherCodeIsNeverMatchedByName() {
        CrossCheck.Entry filed = archive("光禄镇康乐老年公寓（筹）", FilingState.FILED, OperatingStatus.OPERATING);

        CrossCheck.Classified row = classify(List.of(filed), candidate(code("532325", 1), "光禄镇康乐老年公寓(筹)"));

        assertThat(row.match()).isNull();
        assertThat(row.classification()).isEqualTo(Classification.UNFILED);
    }

    @Test
    void theCodeMatchWinsOverAnotherArchiveWithTheSameName() {
        CrossCheck.Entry named = archive("甲养老院", FilingState.FILED, OperatingStatus.OPERATING);
        CrossCheck.Entry coded = archive("乙养老院", FilingState.UNFILED, OperatingStatus.OPERATING);

        assertThat(classify(List.of(named, coded), candidate(coded.uscc(), "甲养老院")).match()).isEqualTo(coded);
    }

    @Test
    @DisplayName("#9-5: an archive whose name a registration shares but whose code it does not stays unregistered")
    void aSameNameArchiveWithAnotherCodeStaysUnregistered() {
        CrossCheck.Entry archived = archive("甲养老院", FilingState.UNFILED, OperatingStatus.OPERATING);

        CrossCheck.Result result = CrossCheck.against(List.of(archived))
                .classify(List.of(candidate(code("532325", 3), "甲养老院")), Registrar.CIVIL_AFFAIRS);

        assertThat(result.unregistered()).containsExactly(archived);
    }

    @Test
    void aFiledArchiveIsFiledWhateverItsOperatingStatus() {
        CrossCheck.Entry archived = archive("甲养老院", FilingState.FILED, OperatingStatus.PREPARING);

        assertThat(classify(List.of(archived), candidate(archived.uscc(), "甲养老院")).classification()).isEqualTo(Classification.FILED);
    }

    @Test
    void anUnfiledArchivePreparingOrTerminatedIsNotOperating() {
        CrossCheck.Entry preparing = archive("甲养老院", FilingState.UNFILED, OperatingStatus.PREPARING);
        CrossCheck.Entry terminated = archive("乙养老院", FilingState.REVOKED, OperatingStatus.TERMINATED);
        List<CrossCheck.Entry> registry = List.of(preparing, terminated);

        assertThat(classify(registry, candidate(preparing.uscc(), "甲")).classification()).isEqualTo(Classification.NOT_OPERATING);
        assertThat(classify(registry, candidate(terminated.uscc(), "乙")).classification()).isEqualTo(Classification.NOT_OPERATING);
    }

    @Test
    void anArchiveOperatingOrSuspendedWithoutAFilingThatStandsIsUnfiled() {
        CrossCheck.Entry suspended = archive("甲养老院", FilingState.UNFILED, OperatingStatus.SUSPENDED);
        CrossCheck.Entry revoked = archive("乙养老院", FilingState.REVOKED, OperatingStatus.OPERATING);
        List<CrossCheck.Entry> registry = List.of(suspended, revoked);

        assertThat(classify(registry, candidate(suspended.uscc(), "甲")).classification()).isEqualTo(Classification.UNFILED);
        assertThat(classify(registry, candidate(revoked.uscc(), "乙")).classification()).isEqualTo(Classification.UNFILED);
    }

    @Test
    void aRegistrationNoArchiveMatchesIsUnfiledWithoutAMatch() {
        CrossCheck.Classified row = classify(List.of(archive("甲养老院", FilingState.FILED, OperatingStatus.OPERATING)),
                candidate(code("532325", 4), "光禄镇幸福家园"));

        assertThat(row.classification()).isEqualTo(Classification.UNFILED);
        assertThat(row.matched()).isEmpty();
    }

    @Test
    void operatingArchivesNoRegistrationMatchedAreUnregisteredInRegistryOrder() {
        CrossCheck.Entry matched = archive("甲养老院", FilingState.FILED, OperatingStatus.OPERATING);
        CrossCheck.Entry operating = archive("乙托老所", FilingState.UNFILED, OperatingStatus.OPERATING);
        CrossCheck.Entry preparing = archive("丙养老院（筹）", FilingState.UNFILED, OperatingStatus.PREPARING);
        CrossCheck.Entry suspended = archive("丁养老院", FilingState.UNFILED, OperatingStatus.SUSPENDED);
        CrossCheck.Entry alsoOperating = archive("戊互助点", FilingState.FILED, OperatingStatus.OPERATING);

        CrossCheck.Result result = CrossCheck.against(List.of(matched, operating, preparing, suspended, alsoOperating))
                .classify(List.of(candidate(matched.uscc(), "甲 养老院")), Registrar.CIVIL_AFFAIRS);

        assertThat(result.unregistered()).containsExactly(operating, alsoOperating);
    }

    @Test
    @DisplayName("#9-9: a partial file accuses nobody: operating institutions it does not list are 本次登记数据中未找到")
    void aPartialFileAccusesNobody() {
        CrossCheck.Entry listed = archive("甲养老院", FilingState.FILED, OperatingStatus.OPERATING);
        CrossCheck.Entry unlisted = archive("乙托老所", FilingState.UNFILED, OperatingStatus.OPERATING);

        CrossCheck.Result result = CrossCheck.against(List.of(listed, unlisted)).classify(List.of(candidate(listed.uscc(), "甲")));

        assertThat(result.unregistered()).isEmpty();
        assertThat(result.notInFile()).containsExactly(unlisted);
    }

    @Test
    @DisplayName("#9-9: a file complete for 市场监管 makes only unlisted for-profit institutions 未登记但实际开展")
    void aCompleteFileAccusesOnlyItsRegistrarsInstitutions() {
        CrossCheck.Entry company = archive("丙养老服务有限公司", LegalForm.FOR_PROFIT, FilingState.UNFILED, OperatingStatus.OPERATING);
        CrossCheck.Entry charity = archive("丁颐养院", LegalForm.NON_PROFIT, FilingState.UNFILED, OperatingStatus.OPERATING);
        CrossCheck.Entry hospital = archive("戊医养中心", LegalForm.MEDICAL, FilingState.UNFILED, OperatingStatus.OPERATING);

        CrossCheck.Result result = CrossCheck.against(List.of(company, charity, hospital))
                .classify(List.of(), Registrar.MARKET_REGULATION);

        assertThat(result.unregistered()).containsExactly(company);
        assertThat(result.notInFile()).containsExactly(charity, hospital);
    }
}
