package org.eldercare.oversight.credit.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CRD-1/CRD-2 without Spring: the rule table's points and expiry, and a grade whose explanation adds up to its score. */
class CreditGradingTests {

    private static final CreditSettings PRESET = new CreditSettings("000000", 80, 90, 75, 60, 1, 2, 3, 4, 5, 2);
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    private static CreditRule rule(EntryKind kind, int points, int months) {
        return new CreditRule(1, "000000", kind, LocalDate.of(2020, 1, 1), points, months, false, null, "测试");
    }

    private static CreditEntry entry(long id, EntryKind kind, LocalDate on, int points, LocalDate expires) {
        return new CreditEntry(id, "91532901MA0000001X", null, "532901", kind, on, "test", "t" + id, 1L, 1, points, expires, null,
                null, null, "test", Instant.EPOCH);
    }

    @Test
    @DisplayName("CRD-1: a rule gives points per unit (failed inspection items) and an expiry of its months after the day")
    void pointsAndExpiry() {
        CreditRule failed = rule(EntryKind.INSPECTION_FAILED, -2, 12);
        assertThat(failed.pointsFor(3)).isEqualTo(-6);
        assertThat(failed.pointsFor(0)).as("at least one unit").isEqualTo(-2);
        assertThat(failed.expiryFor(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rule(EntryKind.MARKET_PENALTY, -10, 36).expiryFor(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 27));
    }

    @Test
    @DisplayName("CRD-1: an entry is in force from the day it occurred to its expiry, both included")
    void inForce() {
        CreditEntry e = entry(1, EntryKind.FIRE_FINDING, LocalDate.of(2026, 1, 1), -5, LocalDate.of(2026, 12, 31));
        assertThat(e.inForce(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(e.inForce(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(e.inForce(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(e.inForce(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    @DisplayName("CRD-2: the explanation lists the base and each entry in force, and its lines add up to the score")
    void explanationSumsToScore() {
        List<CreditEntry> entries = List.of(
                entry(1, EntryKind.COMMITMENT_PUBLISHED, LocalDate.of(2025, 1, 10), 2, LocalDate.of(2028, 1, 9)),
                entry(2, EntryKind.MARKET_PENALTY, LocalDate.of(2026, 3, 1), -10, LocalDate.of(2029, 2, 28)),
                entry(3, EntryKind.HAZARD_GENERAL, LocalDate.of(2024, 1, 1), -2, LocalDate.of(2024, 12, 31)),
                entry(4, EntryKind.FIRE_FINDING, LocalDate.of(2026, 4, 1), -5, LocalDate.of(2028, 3, 31)),
                entry(5, EntryKind.REVERSAL, LocalDate.of(2026, 5, 1), 5, LocalDate.of(2028, 3, 31)));
        Grading.Grade g = Grading.grade("91532901MA0000001X", entries, PRESET, DAY);
        assertThat(g.lines()).extracting(Grading.Line::entryId).containsExactly(null, 1L, 2L, 4L, 5L);
        assertThat(g.sum()).isEqualTo(g.score()).isEqualTo(80 + 2 - 10 - 5 + 5);
        assertThat(g.grade()).isEqualTo("C");
        assertThat(g.checksPerYear()).isEqualTo(3);
    }

    @Test
    @DisplayName("CRD-2/INS-3: the thresholds give A…D and each grade its routine checks per year (A once … D quarterly)")
    void thresholdsAndFrequency() {
        assertThat(PRESET.grade(90)).isEqualTo("A");
        assertThat(PRESET.grade(89)).isEqualTo("B");
        assertThat(PRESET.grade(75)).isEqualTo("B");
        assertThat(PRESET.grade(74)).isEqualTo("C");
        assertThat(PRESET.grade(60)).isEqualTo("C");
        assertThat(PRESET.grade(59)).isEqualTo("D");
        assertThat(List.of("A", "B", "C", "D")).extracting(PRESET::checksPerYear).containsExactly(1, 2, 3, 4);
    }

    @Test
    @DisplayName("CRD-2: the same entries give the same grade however often it is computed (incremental = from scratch)")
    void deterministic() {
        List<CreditEntry> entries = List.of(entry(7, EntryKind.HAZARD_MAJOR, LocalDate.of(2026, 2, 1), -10, LocalDate.of(2028, 1, 31)),
                entry(6, EntryKind.INSPECTION_PASSED, LocalDate.of(2026, 2, 1), 2, LocalDate.of(2027, 1, 31)));
        assertThat(Grading.grade("X", entries, PRESET, DAY))
                .isEqualTo(Grading.grade("X", List.of(entries.get(1), entries.get(0)), PRESET, DAY));
    }
}
