package org.eldercare.oversight.complaint.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.complaint.ComplaintConcluded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The complaint's state machine (CMP-1): every allowed and refused step, the feedback, the objection, extension and reviews. */
class ComplaintTests {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 30);
    private static final Instant NOW = Instant.parse("2026-09-30T02:00:00Z");

    private static Complaint registered(String department) {
        Complaint.Intake in = new Complaint.Intake("260930ABCDEFGH", "key", Channel.HOTLINE, Category.FIRE,
                new Place(7L, "甲养老院", null, "520302"), "520302", "消防通道堵塞", "楼道堆放杂物", true, Contact.NONE, null);
        Complaint c = Complaint.register(in, department, LocalDate.of(2026, 10, 13),
                department == null ? null : LocalDate.of(2026, 10, 13), "officer", NOW, DAY);
        ReflectionTestUtils.setField(c, "id", 42L); // as the insert assigns it
        return c;
    }

    @Test
    @DisplayName("CMP-1: 已登记 → 已受理 → 办理中 → 已答复 → 已办结, the feedback given on acceptance, ComplaintConcluded with 属实")
    void fullPath() {
        Complaint c = registered(null);
        assertThat(c.state()).isEqualTo(ComplaintState.REGISTERED);
        c.accept(60, "sup", NOW, DAY.plusDays(2));
        assertThat(c.state()).isEqualTo(ComplaintState.ACCEPTED);
        assertThat(c.feedbackOn()).isEqualTo(DAY.plusDays(2));
        assertThat(c.handlingDue()).isEqualTo(DAY.plusDays(62));
        c.start("sup", NOW);
        c.answer("已责令整改", true, "sup", NOW, DAY.plusDays(10));
        assertThat(c.feedbackOn()).isEqualTo(DAY.plusDays(2));
        c.conclude("电话回访", Satisfaction.SATISFIED, "91520302MA0000000X", "sup", NOW, DAY.plusDays(12));
        assertThat(c.state()).isEqualTo(ComplaintState.CONCLUDED);
        assertThat(c.domainEvents()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ComplaintConcluded.class, cc -> {
            assertThat(cc.upheld()).isTrue();
            assertThat(cc.institutionId()).isEqualTo(7L);
            assertThat(cc.category()).isEqualTo("FIRE");
        }));
        assertThat(c.transitions()).extracting(ComplaintTransition::toState).containsExactly(ComplaintState.REGISTERED,
                ComplaintState.ACCEPTED, ComplaintState.IN_PROGRESS, ComplaintState.ANSWERED, ComplaintState.CONCLUDED);
    }

    @Test
    @DisplayName("CMP-1: steps out of order are refused; 不予受理 needs a reason and closes the complaint")
    void refusedSteps() {
        Complaint c = registered(null);
        assertThatThrownBy(() -> c.start("sup", NOW)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> c.answer("x", false, "sup", NOW, DAY)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> c.conclude(null, Satisfaction.SATISFIED, null, "sup", NOW, DAY)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> c.refuse(" ", "sup", NOW, DAY)).isInstanceOf(PlatformException.class);
        c.refuse("不属于民政部门职责范围", "sup", NOW, DAY.plusDays(1));
        assertThat(c.state()).isEqualTo(ComplaintState.NOT_ACCEPTED);
        assertThat(c.feedbackOn()).isEqualTo(DAY.plusDays(1));
        assertThatThrownBy(() -> c.accept(60, "sup", NOW, DAY)).isInstanceOf(PlatformException.class);
    }

    @Test
    @DisplayName("CMP-1: the handling period is extended once, by at most the set maximum, with a reason")
    void extension() {
        Complaint c = registered(null);
        c.accept(60, "sup", NOW, DAY);
        assertThatThrownBy(() -> c.extend(31, "复杂", 30, "sup", NOW)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> c.extend(10, "", 30, "sup", NOW)).isInstanceOf(PlatformException.class);
        c.extend(30, "需多部门联合核查", 30, "sup", NOW);
        assertThat(c.handlingDue()).isEqualTo(DAY.plusDays(90));
        assertThatThrownBy(() -> c.extend(1, "再次", 30, "sup", NOW)).isInstanceOf(PlatformException.class);
    }

    @Test
    @DisplayName("CMP-1: the referred department objects until its objection deadline; later, or another department, is refused")
    void objection() {
        Complaint late = registered("FIRE_RESCUE");
        assertThatThrownBy(() -> late.object("非本部门", "FIRE_RESCUE", "d", NOW, LocalDate.of(2026, 10, 14)))
                .isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> late.object("非本部门", "HEALTH", "d", NOW, DAY)).isInstanceOf(PlatformException.class);
        Complaint c = registered("FIRE_RESCUE");
        c.object("属民政部门监管事项", "FIRE_RESCUE", "d", NOW, LocalDate.of(2026, 10, 13));
        assertThat(c.departmentCode()).isNull();
        assertThat(c.referral().objectedOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(c.domainEvents()).anyMatch(e -> e instanceof Complaint.Objected);
        assertThatThrownBy(() -> c.object("again", "FIRE_RESCUE", "d", NOW, DAY)).isInstanceOf(PlatformException.class);
    }

    @Test
    @DisplayName("CMP-1: review within 30 days of the conclusion, re-review within 30 days of its answer, no third")
    void reviews() {
        Complaint c = registered(null);
        c.accept(60, "sup", NOW, DAY);
        c.start("sup", NOW);
        c.answer("答复", false, "sup", NOW, DAY);
        c.conclude(null, Satisfaction.DISSATISFIED, null, "sup", NOW, DAY);
        assertThatThrownBy(() -> c.answerReview("x", "sup", NOW, DAY)).isInstanceOf(PlatformException.class);
        Complaint tooLate = registered(null);
        tooLate.accept(60, "sup", NOW, DAY);
        tooLate.start("sup", NOW);
        tooLate.answer("答复", false, "sup", NOW, DAY);
        tooLate.conclude(null, Satisfaction.DISSATISFIED, null, "sup", NOW, DAY);
        assertThatThrownBy(() -> tooLate.requestReview(30, 30, "sup", NOW, DAY.plusDays(31))).isInstanceOf(PlatformException.class);
        c.requestReview(30, 30, "sup", NOW, DAY.plusDays(30));
        assertThat(c.review().reviewDue()).isEqualTo(DAY.plusDays(60));
        assertThatThrownBy(() -> c.requestReview(30, 30, "sup", NOW, DAY.plusDays(31))).isInstanceOf(PlatformException.class);
        c.answerReview("维持原处理意见", "sup", NOW, DAY.plusDays(40));
        c.requestReview(30, 30, "sup", NOW, DAY.plusDays(70));
        assertThat(c.review().levelLabel()).isEqualTo("复核");
        c.answerReview("维持", "sup", NOW, DAY.plusDays(80));
        assertThatThrownBy(() -> c.requestReview(30, 30, "sup", NOW, DAY.plusDays(81))).isInstanceOf(PlatformException.class);
    }

    @Test
    @DisplayName("CMP-1: text shown to the public has phone and ID numbers masked")
    void publicText() {
        String shown = PublicText.redact("请联系13912345678或0871-65123456，身份证532301195501011234");
        assertThat(shown).doesNotContainPattern("1[3-9]\\d{9}").doesNotContainPattern("\\d{17}[\\dX]").doesNotContain("65123456");
    }
}
