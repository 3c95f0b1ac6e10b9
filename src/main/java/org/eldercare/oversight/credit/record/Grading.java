package org.eldercare.oversight.credit.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * CRD-2: the score of a code on a day is the base score plus the points of every entry in force; the grade follows from the
 * region's thresholds and sets the routine inspections per year. The explanation lists the base and each contributing
 * entry, so its lines always add up to the score. Pure: the same entries give the same grade, however often recomputed.
 */
public final class Grading {

    private Grading() {
    }

    /** One line of the explanation: the base score, or an entry in force with its points. */
    public record Line(String label, int points, Long entryId, LocalDate occurredOn, LocalDate expiresOn, String source) {
    }

    /** The grade of a code with its explanation ({@code lines} add up to {@code score}). */
    public record Grade(String uscc, int score, String grade, int checksPerYear, LocalDate asOf, List<Line> lines) {

        public int sum() {
            return lines.stream().mapToInt(Line::points).sum();
        }
    }

    public static Grade grade(String uscc, List<CreditEntry> entries, CreditSettings settings, LocalDate day) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("基础分", settings.baseScore(), null, null, null, null));
        entries.stream().filter(e -> e.inForce(day)).sorted(Comparator.comparing(CreditEntry::occurredOn).thenComparing(CreditEntry::id))
                .forEach(e -> lines.add(new Line(e.kind().label() + (e.units() > 1 ? "（" + e.units() + "项）" : ""), e.points(),
                        e.id(), e.occurredOn(), e.expiresOn(), e.sourceModule() + ":" + e.sourceRef())));
        int score = lines.stream().mapToInt(Line::points).sum();
        String grade = settings.grade(score);
        return new Grade(uscc, score, grade, settings.checksPerYear(grade), day, List.copyOf(lines));
    }
}
