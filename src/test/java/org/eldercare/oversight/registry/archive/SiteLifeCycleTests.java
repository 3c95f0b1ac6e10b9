package org.eldercare.oversight.registry.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** REG-12 / REG-13: a site's end by 撤并 or 转型 and its transition period, on the aggregate alone. */
class SiteLifeCycleTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate ON = LocalDate.of(2026, 11, 1);

    private static Institution site(long id, String kind) {
        InstitutionFacts f = InstitutionTests.facts("场所" + id, 50, 20);
        InstitutionFacts facts = new InstitutionFacts(f.name(), f.legalForm(), kind, f.address(), f.regionCode(), f.legalRepName(),
                f.principalName(), f.contactName(), f.contactPhone(), 50, 20, 10, 5, null, false, false, "PASSED", false, false,
                false, false, "OPERATING", null, null, null, null, null, null, null);
        Institution i = Institution.create(Uscc.complete("5253230100000000" + id), facts, "sup", NOW);
        ReflectionTestUtils.setField(i, "id", id);
        return i;
    }

    @Test
    @DisplayName("REG-13 撤并: the site stops (已终止), names its successor, and the change is recorded")
    void mergeEndsTheSite() {
        Institution home = site(1, "RURAL_CENTER");
        Map<String, Object[]> changes = home.end(LifeEvent.MERGED, site(2, "RURAL_CENTER"), ON, "“1+N”优化调整", "sup", NOW);
        assertThat(home.operatingStatus()).isEqualTo(OperatingStatus.TERMINATED);
        assertThat(home.life().successorId()).isEqualTo(2L);
        assertThat(home.life().lifeEvent()).isEqualTo(LifeEvent.MERGED);
        assertThat(changes).containsKeys("运营状态", "撤并/转型");
        assertThat(changes.get("撤并/转型")[1]).isEqualTo("撤并 2026-11-01：“1+N”优化调整");
    }

    @Test
    @DisplayName("REG-13 转型 only into a 日间照料中心 or a 农村互助养老服务站")
    void transformationNeedsACommunityKind() {
        Institution home = site(1, "RURAL_CENTER");
        assertThatThrownBy(() -> home.end(LifeEvent.TRANSFORMED, site(2, "NURSING_HOME"), ON, "转型", "sup", NOW))
                .isInstanceOf(PlatformException.class).hasMessage("registry.life.transformKind");
        assertThat(home.operatingStatus()).isEqualTo(OperatingStatus.OPERATING);
        home.end(LifeEvent.TRANSFORMED, site(3, "RURAL_MUTUAL_AID"), ON, "转型为互助站", "sup", NOW);
        assertThat(home.life().lifeEvent()).isEqualTo(LifeEvent.TRANSFORMED);
    }

    @Test
    @DisplayName("REG-13 refusals: an ended site, itself or an ended successor, no date, a future date, no reason")
    void refusals() {
        Institution home = site(1, "RURAL_CENTER");
        Institution other = site(2, "RURAL_CENTER");
        assertThatThrownBy(() -> home.end(LifeEvent.MERGED, home, ON, "x", "sup", NOW)).hasMessage("registry.life.successor");
        assertThatThrownBy(() -> home.end(LifeEvent.MERGED, other, null, "x", "sup", NOW)).hasMessage("registry.field.required");
        assertThatThrownBy(() -> home.end(LifeEvent.MERGED, other, LocalDate.of(2026, 12, 1), "x", "sup", NOW))
                .isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> home.end(LifeEvent.MERGED, other, ON, " ", "sup", NOW)).hasMessage("registry.field.required");
        other.end(LifeEvent.MERGED, site(3, "RURAL_CENTER"), ON, "并入", "sup", NOW);
        assertThatThrownBy(() -> home.end(LifeEvent.MERGED, other, ON, "x", "sup", NOW)).hasMessage("registry.life.successor");
        assertThatThrownBy(() -> other.end(LifeEvent.MERGED, home, ON, "x", "sup", NOW)).hasMessage("registry.life.ended");
        assertThat(home.life().ended()).isFalse();
    }

    @Test
    @DisplayName("REG-12 the transition period ends five years after it starts; a new start is announced again; none removes it")
    void transitionPeriodIsFiveYears() {
        Institution home = site(1, "NURSING_HOME");
        home.startTransition(LocalDate.of(2022, 3, 1), "sup", NOW);
        assertThat(home.life().transitionEndsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        home.transitionAnnounced(NOW);
        Map<String, Object[]> changes = home.startTransition(LocalDate.of(2022, 6, 1), "sup", NOW);
        assertThat(home.life().transitionWarnedAt()).isNull();
        assertThat(changes.get("过渡期")).containsExactly("2022-03-01 至 2027-03-01", "2022-06-01 至 2027-06-01");
        home.startTransition(null, "sup", NOW);
        assertThat(home.life().transitionEndsOn()).isNull();
    }
}
