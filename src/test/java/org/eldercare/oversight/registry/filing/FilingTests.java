package org.eldercare.oversight.registry.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.filing.Filing.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.util.ReflectionTestUtils;

/** REG-2 filing state machine: every allowed transition, every refused one, and what each records. */
class FilingTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static final Filing.Decider SUP = new Filing.Decider("sup", "532301", 3, null);

    /** A submission to 楚雄市民政局 with nothing missing. */
    static Filing.Submission submission(boolean commitmentSigned, LocalDate lateDeadline) {
        return new Filing.Submission(commitmentSigned, new ChecklistEvaluation("全国", null, null, false, List.of()), "532301",
                lateDeadline);
    }

    /** A saved draft (the repository would have given it id 7). */
    static Filing draft() {
        Filing f = Filing.draft(3L, Filing.Kind.INITIAL, LocalDate.of(2026, 11, 2), null, "inst", NOW);
        ReflectionTestUtils.setField(f, "id", 7L);
        return f;
    }

    static Filing submitted() {
        Filing f = draft();
        f.submit(submission(true, null), "inst", NOW, TODAY);
        return f;
    }

    static Filing filed() {
        Filing f = submitted();
        f.accept("楚民养备〔2026〕0001号", TODAY, SUP, NOW);
        return f;
    }

    private static List<Object> events(Filing f) {
        return List.copyOf(f.domainEvents());
    }

    @Test
    @DisplayName("REG-2: a new filing is a draft with its creation recorded, and announces itself with the saved id")
    void aNewFilingIsADraft() {
        Filing f = draft();
        assertThat(f.status()).isEqualTo(Status.DRAFT);
        assertThat(f.editable()).isTrue();
        assertThat(f.transitions()).singleElement().satisfies(t -> {
            assertThat(t.fromStatus()).isNull();
            assertThat(t.toStatus()).isEqualTo(Status.DRAFT);
            assertThat(t.byUser()).isEqualTo("inst");
        });
        assertThat(events(f)).containsExactly(new Filing.Drafted(7L, 3L, Filing.Kind.INITIAL, LocalDate.of(2026, 11, 2)));
    }

    @Test
    @DisplayName("REG-2: a change filing must say what changed")
    void aChangeFilingNeedsItsSummary() {
        assertThatThrownBy(() -> Filing.draft(3L, Filing.Kind.CHANGE, null, " ", "inst", NOW))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("filing.change.summaryRequired"));
    }

    @Nested
    class Submission {

        @Test
        @DisplayName("REG-2: a filing cannot be submitted before the credit commitment is signed")
        void needsTheSignedCommitment() {
            Filing f = draft();
            assertThatThrownBy(() -> f.submit(submission(false, null), "inst", NOW, TODAY))
                    .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo("filing.commitment.required"));
            assertThat(f.status()).isEqualTo(Status.DRAFT);
        }

        @Test
        @DisplayName("REG-2: a filing cannot be submitted while required materials are missing, and names them")
        void needsEveryRequiredMaterial() {
            Filing f = draft();
            ChecklistEvaluation missing = ChecklistEvaluation.of(new FilingChecklist("532301", "楚雄市", "000000", "全国", false, null,
                    null, List.of(FilingChecklist.Rule.of(FilingMaterial.REGISTRATION_CERTIFICATE, FilingChecklist.Requirement.REQUIRED,
                    null, null, null))), java.util.Set.of(), null, null);
            assertThatThrownBy(() -> f.submit(new Filing.Submission(true, missing, "532301", null), "inst", NOW, TODAY))
                    .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.args()).containsExactly("全国", "营业执照或登记证书"));
            assertThat(f.status()).isEqualTo(Status.DRAFT);
        }

        @Test
        @DisplayName("REG-3: submitted after the filing deadline, the filing is flagged late")
        void lateWhenAfterTheDeadline() {
            Filing f = draft();
            f.submit(submission(true, TODAY.minusDays(1)), "inst", NOW, TODAY);
            assertThat(f.late()).isTrue();
            assertThat(events(f)).last().isEqualTo(new Filing.Submitted(7L, 3L, Filing.Kind.INITIAL, TODAY, true, "532301"));
        }

        @Test
        @DisplayName("REG-3: submitted on the deadline day itself, the filing is on time")
        void onTimeOnTheDeadlineDay() {
            Filing f = draft();
            f.submit(submission(true, TODAY), "inst", NOW, TODAY);
            assertThat(f.late()).isFalse();
            assertThat(f.status()).isEqualTo(Status.SUBMITTED);
            assertThat(f.editable()).isFalse();
        }
    }

    @Nested
    class Decision {

        @Test
        @DisplayName("REG-2: accepting records the receipt number and the filing date, and is announced")
        void acceptIssuesTheReceipt() {
            Filing f = filed();
            assertThat(f.status()).isEqualTo(Status.FILED);
            assertThat(f.receiptNo()).isEqualTo("楚民养备〔2026〕0001号");
            assertThat(f.filedDate()).isEqualTo(TODAY);
            assertThat(f.transitions()).last().satisfies(t -> {
                assertThat(t.fromStatus()).isEqualTo(Status.SUBMITTED);
                assertThat(t.reason()).contains("楚民养备〔2026〕0001号");
                assertThat(t.byUser()).isEqualTo("sup");
            });
            assertThat(events(f)).last().isEqualTo(new Filing.Accepted(7L, 3L, Filing.Kind.INITIAL, "楚民养备〔2026〕0001号", TODAY));
        }

        @Test
        @DisplayName("REG-2: a return needs its reasons, and sends the filing back to the institution to correct")
        void returnNeedsReasons() {
            Filing f = submitted();
            assertThatThrownBy(() -> f.returnForCorrection("  ", SUP, NOW)).isInstanceOf(PlatformException.class);
            f.returnForCorrection("营业执照模糊", SUP, NOW);
            assertThat(f.status()).isEqualTo(Status.RETURNED);
            assertThat(f.editable()).isTrue();
            assertThat(f.returnReasons()).isEqualTo("营业执照模糊");
            assertThat(events(f)).last().isEqualTo(new Filing.Returned(7L, 3L, Filing.Kind.INITIAL, "营业执照模糊"));
        }

        @Test
        @DisplayName("REG-2: a returned filing may be resubmitted; its old reasons are cleared")
        void aReturnedFilingIsResubmitted() {
            Filing f = submitted();
            f.returnForCorrection("营业执照模糊", SUP, NOW);
            f.submit(submission(true, null), "inst", NOW, TODAY);
            assertThat(f.status()).isEqualTo(Status.SUBMITTED);
            assertThat(f.returnReasons()).isNull();
            assertThat(f.transitions()).extracting(FilingTransition::toStatus)
                    .containsExactly(Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.SUBMITTED);
        }

        @Test
        @DisplayName("REG-2: revoking needs a reason and ends the filing for good")
        void revokeNeedsAReason() {
            Filing f = filed();
            assertThatThrownBy(() -> f.revoke("", SUP, NOW)).isInstanceOf(PlatformException.class);
            f.revoke("停止服务", SUP, NOW);
            assertThat(f.status()).isEqualTo(Status.REVOKED);
            assertThat(f.open()).isFalse();
            assertThat(events(f)).last().isEqualTo(new Filing.Revoked(7L, 3L, Filing.Kind.INITIAL, "停止服务"));
        }
    }

    @Nested
    class RefusedTransitions {

        private void refused(Filing f, Runnable transition) {
            Status before = f.status();
            int recorded = f.transitions().size();
            assertThatThrownBy(transition::run).isInstanceOfSatisfying(PlatformException.class, e -> {
                assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                assertThat(e.code()).isEqualTo("filing.transition");
            });
            assertThat(f.status()).isEqualTo(before);
            assertThat(f.transitions()).hasSize(recorded);
        }

        @Test
        @DisplayName("REG-2: a draft can neither be accepted, returned nor revoked")
        void fromDraft() {
            Filing f = draft();
            refused(f, () -> f.accept("x", TODAY, SUP, NOW));
            refused(f, () -> f.returnForCorrection("原因", SUP, NOW));
            refused(f, () -> f.revoke("原因", SUP, NOW));
        }

        @Test
        @DisplayName("REG-2: a submitted filing cannot be submitted again or revoked before a decision")
        void fromSubmitted() {
            Filing f = submitted();
            refused(f, () -> f.submit(submission(true, null), "inst", NOW, TODAY));
            refused(f, () -> f.revoke("原因", SUP, NOW));
        }

        @Test
        @DisplayName("REG-2: a filed filing cannot be submitted, accepted again or returned")
        void fromFiled() {
            Filing f = filed();
            refused(f, () -> f.submit(submission(true, null), "inst", NOW, TODAY));
            refused(f, () -> f.accept("y", TODAY, SUP, NOW));
            refused(f, () -> f.returnForCorrection("原因", SUP, NOW));
            assertThatThrownBy(f::requireEditable).isInstanceOf(PlatformException.class);
        }

        @Test
        @DisplayName("REG-2: a returned filing cannot be accepted, returned again or revoked")
        void fromReturned() {
            Filing f = submitted();
            f.returnForCorrection("原因", SUP, NOW);
            refused(f, () -> f.accept("x", TODAY, SUP, NOW));
            refused(f, () -> f.returnForCorrection("再次", SUP, NOW));
            refused(f, () -> f.revoke("原因", SUP, NOW));
        }

        @Test
        @DisplayName("REG-2: nothing leaves a revoked filing")
        void fromRevoked() {
            Filing f = filed();
            f.revoke("停止服务", SUP, NOW);
            refused(f, () -> f.submit(submission(true, null), "inst", NOW, TODAY));
            refused(f, () -> f.accept("x", TODAY, SUP, NOW));
            refused(f, () -> f.returnForCorrection("原因", SUP, NOW));
            refused(f, () -> f.revoke("再次", SUP, NOW));
        }
    }
}
