package org.eldercare.oversight.credit.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CRD-3 without Spring: every step of the 民发〔2019〕103号 procedure, allowed and refused, with who, when and why. */
class ListingTests {

    private static final Listing.Actor BUREAU = new Listing.Actor("county", "532901");
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final LocalDate NOTICE = LocalDate.of(2026, 6, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 6, 8);

    private static Listing proposed() {
        return Listing.propose("91532901MA0000001X", "测试养老院", "532901102000", ListKind.JOINT_PUNISHMENT,
                ListCondition.MAJOR_FIRE_HAZARD_UNFIXED, "重大火灾隐患逾期未改", BUREAU, NOW);
    }

    private static Listing notified() {
        Listing l = proposed();
        l.notifySubject(NOTICE, DUE, "直接送达", BUREAU, NOW);
        return l;
    }

    private static Listing decided() {
        Listing l = notified();
        l.decide(true, "事实清楚", "法制审核通过", DUE.plusDays(1), BUREAU, NOW);
        return l;
    }

    private static Listing published() {
        Listing l = decided();
        l.publish(Channel.BUREAU_PORTAL, DUE.plusDays(2), "https://mz.example/1", 2, BUREAU, NOW);
        return l;
    }

    private static void refused(Runnable step, String key) {
        assertThatThrownBy(step::run).isInstanceOf(PlatformException.class).extracting(e -> ((PlatformException) e).code())
                .isEqualTo(key);
    }

    @Test
    @DisplayName("CRD-3: a proposal needs grounds and records who proposed, when and why")
    void proposal() {
        Listing l = proposed();
        assertThat(l.status()).isEqualTo(ListingStatus.PROPOSED);
        assertThat(l.steps()).singleElement().satisfies(s -> {
            assertThat(s.byUser()).isEqualTo("county");
            assertThat(s.at()).isEqualTo(NOW);
            assertThat(s.reason()).contains("重大火灾隐患逾期未改").contains("（四）");
        });
        refused(() -> Listing.propose("X", "n", "532901", ListKind.CLOSE_WATCH, ListCondition.FRAUD, " ", BUREAU, NOW), "field.required");
    }

    @Test
    @DisplayName("CRD-3: no decision, objection or publication before the prior notice")
    void nothingBeforeNotice() {
        refused(() -> proposed().decide(true, "r", "审核", DUE.plusDays(1), BUREAU, NOW), "credit.listing.transition");
        refused(() -> proposed().recordObjection("申辩", NOTICE, BUREAU, NOW), "credit.listing.transition");
        refused(() -> proposed().publish(Channel.CREDIT_CHINA, DUE, null, 2, BUREAU, NOW), "credit.listing.transition");
    }

    @Test
    @DisplayName("CRD-3: the decision is refused until the 陈述申辩 period has ended, and an inclusion needs the legal review")
    void decisionAfterThePeriod() {
        refused(() -> notified().decide(true, "r", "审核", DUE, BUREAU, NOW), "credit.listing.periodRunning");
        refused(() -> notified().decide(true, "r", null, DUE.plusDays(1), BUREAU, NOW), "field.required");
        Listing l = decided();
        assertThat(l.status()).isEqualTo(ListingStatus.DECIDED);
        assertThat(l.steps()).last().satisfies(s -> assertThat(s.reason()).contains("法制审核通过"));
    }

    @Test
    @DisplayName("CRD-3: a statement is taken within the period only; upheld it ends the procedure, else the bureau decides")
    void objectionAndReview() {
        refused(() -> notified().recordObjection("申辩", DUE.plusDays(1), BUREAU, NOW), "credit.listing.objectionLate");
        Listing upheld = notified();
        upheld.recordObjection("已整改完毕", DUE, BUREAU, NOW);
        assertThat(upheld.status()).isEqualTo(ListingStatus.OBJECTED);
        refused(() -> upheld.decide(true, "r", "审核", DUE.plusDays(1), BUREAU, NOW), "credit.listing.transition");
        upheld.reviewObjection(true, "整改属实", BUREAU, NOW);
        assertThat(upheld.status()).isEqualTo(ListingStatus.WITHDRAWN);
        refused(() -> upheld.decide(true, "r", "审核", DUE.plusDays(1), BUREAU, NOW), "credit.listing.transition");

        Listing rejected = notified();
        rejected.recordObjection("不服", NOTICE.plusDays(1), BUREAU, NOW);
        rejected.reviewObjection(false, "理由不成立", BUREAU, NOW);
        assertThat(rejected.status()).isEqualTo(ListingStatus.REVIEWED);
        rejected.decide(true, "事实清楚", "法制审核通过", NOTICE.plusDays(2), BUREAU, NOW);
        assertThat(rejected.status()).as("after the review the period no longer holds the decision").isEqualTo(ListingStatus.DECIDED);
    }

    @Test
    @DisplayName("CRD-3: publication per channel, each once; the first puts the entity on the list until removal may be applied for")
    void publication() {
        Listing l = published();
        assertThat(l.status()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(l.inForce()).isTrue();
        assertThat(l.removableFrom()).isEqualTo(DUE.plusDays(2).plusYears(2));
        l.publish(Channel.CREDIT_CHINA, DUE.plusDays(3), null, 2, BUREAU, NOW);
        assertThat(l.publications()).extracting(Publication::channel).containsExactly(Channel.BUREAU_PORTAL, Channel.CREDIT_CHINA);
        assertThat(l.steps()).extracting(ListingStep::toStatus).containsExactly(ListingStatus.PROPOSED, ListingStatus.NOTIFIED,
                ListingStatus.DECIDED, ListingStatus.PUBLISHED);
        refused(() -> l.publish(Channel.CREDIT_CHINA, DUE.plusDays(4), null, 2, BUREAU, NOW), "credit.listing.channelDone");
        refused(() -> decided().publish(Channel.CREDIT_CHINA, DUE, null, 2, BUREAU, NOW), "credit.listing.publishDate");
    }

    @Test
    @DisplayName("CRD-3: removal under 第十一条 only after the years on the list; by correction at any time; nothing after removal")
    void removal() {
        LocalDate removable = DUE.plusDays(2).plusYears(2);
        refused(() -> published().remove(RemovalGround.NO_FURTHER_DISHONESTY, "申请", removable.minusDays(1), BUREAU, NOW),
                "credit.listing.removalTooEarly");
        Listing repaired = published();
        repaired.remove(RemovalGround.OBLIGATIONS_FULFILLED, "已完成整改（信用修复）", removable, BUREAU, NOW);
        assertThat(repaired.status()).isEqualTo(ListingStatus.REMOVED);
        assertThat(repaired.inForce()).isFalse();
        Listing wrong = published();
        wrong.remove(RemovalGround.ERROR_CORRECTION, "主体认定错误", DUE.plusDays(5), BUREAU, NOW);
        assertThat(wrong.removalGround()).isEqualTo(RemovalGround.ERROR_CORRECTION);
        refused(() -> wrong.publish(Channel.CREDIT_CHINA, DUE.plusDays(6), null, 2, BUREAU, NOW), "credit.listing.transition");
        refused(() -> proposed().remove(RemovalGround.ERROR_CORRECTION, "x", DUE, BUREAU, NOW), "credit.listing.transition");
    }

    @Test
    @DisplayName("CRD-3: a newly loaded holiday year moves the 陈述申辩 deadline during the period only, recorded as a step")
    void objectionDueMoves() {
        Listing l = notified();
        assertThat(l.moveObjectionDue(DUE.plusDays(1), NOW)).isTrue();
        assertThat(l.objectionDue()).isEqualTo(DUE.plusDays(1));
        assertThat(l.steps()).last().satisfies(s -> assertThat(s.byUser()).isEqualTo("system"));
        refused(() -> l.decide(true, "r", "审核", DUE.plusDays(1), BUREAU, NOW), "credit.listing.periodRunning");
        Listing done = decided();
        assertThat(done.moveObjectionDue(DUE.plusDays(3), NOW)).isFalse();
        assertThat(done.objectionDue()).isEqualTo(DUE);
    }

    @Test
    @DisplayName("CRD-3: every step registers its event with the new state (for the bureau's to-do and deadline)")
    void events() {
        Listing l = notified();
        assertThat(l.domainEvents()).extracting(e -> ((Listing.Stepped) e).status())
                .containsExactly(ListingStatus.PROPOSED, ListingStatus.NOTIFIED);
    }
}
