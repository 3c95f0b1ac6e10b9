package org.eldercare.oversight.workforce.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.PlatformException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** WRK-1/WRK-3: an employment on its own — the hiring rules, the ban flag, leaving, and what each step records. */
class EmploymentTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Employment.Bar BAR = new Employment.Bar("532301********0016", LocalDate.of(2027, 12, 31), "楚雄市人民法院",
            "（2025）云2301刑初1号");

    /** A saved employment (the repository would have given it id 9), its hiring event already published. */
    private static Employment hired(StaffRole role, LocalDate start) {
        Employment e = Employment.hire(3, 11, "532301100000", role, null, start, null, TODAY, "inst", NOW);
        ReflectionTestUtils.setField(e, "id", 9L);
        return e;
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (PlatformException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Nested
    @DisplayName("Hiring")
    class Hiring {

        @Test
        @DisplayName("WRK-3: a hiring an industry ban bars is refused, naming the ban's end, authority and document")
        void bannedPersonIsRefused() {
            PlatformException e = null;
            try {
                Employment.hire(3, 11, "532301100000", StaffRole.CARE_WORKER, null, TODAY, BAR, TODAY, "inst", NOW);
            } catch (PlatformException refused) {
                e = refused;
            }
            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo("workforce.hire.banned");
            assertThat(e.args()).containsExactly("532301********0016", "2027-12-31", "楚雄市人民法院", "（2025）云2301刑初1号");
        }

        @Test
        @DisplayName("A new employment is 在职 from its start, records who hired and announces Hired with the saved id")
        void newEmploymentIsActive() {
            Employment e = hired(StaffRole.CARE_WORKER, LocalDate.of(2026, 2, 1));
            assertThat(e.status()).isEqualTo(EmploymentStatus.ACTIVE);
            assertThat(e.transitions()).singleElement().satisfies(t -> {
                assertThat(t.toStatus()).isEqualTo(EmploymentStatus.ACTIVE);
                assertThat(t.byUser()).isEqualTo("inst");
            });
            assertThat(e.domainEvents()).containsExactly(new Employment.Hired(9, 3, 11, "532301100000", StaffRole.CARE_WORKER));
        }

        @Test
        @DisplayName("A level only for a 养老护理员; a post and a start date are required; at most 90 days ahead")
        void hiringRules() {
            assertThat(refusal(() -> Employment.hire(3, 11, "x", StaffRole.COOK, CareLevel.FIVE, TODAY, null, TODAY, "i", NOW)))
                    .isEqualTo("workforce.hire.levelOnlyCareWorker");
            assertThat(Employment.hire(3, 11, "x", StaffRole.CARE_WORKER, CareLevel.FIVE, TODAY, null, TODAY, "i", NOW).careLevel())
                    .isEqualTo(CareLevel.FIVE);
            assertThat(refusal(() -> Employment.hire(3, 11, "x", null, null, TODAY, null, TODAY, "i", NOW))).isEqualTo("field.required");
            assertThat(refusal(() -> Employment.hire(3, 11, "x", StaffRole.COOK, null, null, null, TODAY, "i", NOW)))
                    .isEqualTo("field.required");
            assertThat(refusal(() -> Employment.hire(3, 11, "x", StaffRole.COOK, null, TODAY.plusDays(91), null, TODAY, "i", NOW)))
                    .isEqualTo("workforce.hire.startTooLate");
            assertThat(Employment.hire(3, 11, "x", StaffRole.COOK, null, TODAY.plusDays(90), null, TODAY, "i", NOW).startDate())
                    .isEqualTo(TODAY.plusDays(90));
        }
    }

    @Nested
    @DisplayName("Ban flag")
    class Flag {

        @Test
        @DisplayName("WRK-3: a later ban flags a current employment once, recording the ban and announcing Flagged")
        void laterBanFlags() {
            Employment e = hired(StaffRole.CARE_WORKER, LocalDate.of(2025, 5, 1));
            e.clearDomainEvents();
            assertThat(e.flag(21, LocalDate.of(2027, 12, 31), "county", NOW)).isTrue();
            assertThat(e.status()).isEqualTo(EmploymentStatus.FLAGGED);
            assertThat(e.flaggedBanId()).isEqualTo(21L);
            assertThat(e.domainEvents()).containsExactly(new Employment.Flagged(9, 3, 11, "532301100000", 21, LocalDate.of(2027, 12, 31)));
            assertThat(e.transitions()).last().satisfies(t -> {
                assertThat(t.fromStatus()).isEqualTo(EmploymentStatus.ACTIVE);
                assertThat(t.reason()).contains("2027-12-31");
            });
            e.clearDomainEvents();
            assertThat(e.flag(22, LocalDate.of(2029, 1, 1), "county", NOW)).isFalse();
            assertThat(e.flaggedBanId()).isEqualTo(21L);
            assertThat(e.domainEvents()).isEmpty();
        }

        @Test
        @DisplayName("An ended employment is not flagged; revoking the ban that flagged one returns it to 在职")
        void endedNotFlaggedAndRevocationClears() {
            Employment ended = hired(StaffRole.COOK, LocalDate.of(2025, 5, 1));
            ended.end(LocalDate.of(2026, 1, 31), "合同到期", TODAY, "inst", NOW);
            assertThat(refusal(() -> ended.flag(21, LocalDate.of(2027, 12, 31), "county", NOW))).isEqualTo("workforce.employment.ended");

            Employment flagged = hired(StaffRole.COOK, LocalDate.of(2025, 5, 1));
            flagged.flag(21, LocalDate.of(2027, 12, 31), "county", NOW);
            flagged.clearDomainEvents();
            assertThat(flagged.clearFlag(99, "county", NOW)).isFalse();
            assertThat(flagged.clearFlag(21, "county", NOW)).isTrue();
            assertThat(flagged.status()).isEqualTo(EmploymentStatus.ACTIVE);
            assertThat(flagged.domainEvents()).containsExactly(new Employment.Cleared(9, 11, 21));
        }
    }

    @Nested
    @DisplayName("Leaving")
    class Leaving {

        @Test
        @DisplayName("A current or flagged employment ends on a date between its start and today, once, announcing Ended")
        void end() {
            Employment e = hired(StaffRole.CARE_WORKER, LocalDate.of(2025, 5, 1));
            e.flag(21, LocalDate.of(2027, 12, 31), "county", NOW);
            e.clearDomainEvents();
            assertThat(refusal(() -> e.end(LocalDate.of(2025, 4, 30), null, TODAY, "inst", NOW))).isEqualTo("workforce.employment.endDate");
            assertThat(refusal(() -> e.end(TODAY.plusDays(1), null, TODAY, "inst", NOW))).isEqualTo("workforce.employment.endDate");
            assertThat(refusal(() -> e.end(null, null, TODAY, "inst", NOW))).isEqualTo("field.required");
            e.end(TODAY, "解除聘用", TODAY, "inst", NOW);
            assertThat(e.status()).isEqualTo(EmploymentStatus.ENDED);
            assertThat(e.endDate()).isEqualTo(TODAY);
            assertThat(e.endReason()).isEqualTo("解除聘用");
            assertThat(e.domainEvents()).containsExactly(new Employment.Ended(9, 3, 11, "532301100000", TODAY));
            assertThat(e.transitions()).extracting(EmploymentTransition::toStatus)
                    .containsExactly(EmploymentStatus.ACTIVE, EmploymentStatus.FLAGGED, EmploymentStatus.ENDED);
            assertThat(refusal(() -> e.end(TODAY, null, TODAY, "inst", NOW))).isEqualTo("workforce.employment.ended");
        }
    }
}
