package org.eldercare.oversight.credit.record;

/**
 * A region's credit settings (the most specific region that has a row; national preset {@code 000000}): the score every code
 * starts from, the lowest score of grades A, B and C, the routine inspections per year each grade sets (INS-3), the
 * 陈述申辩 period in working days (a local rule, preset 5) and the years on a list before removal may be applied for (第十一条).
 */
public record CreditSettings(String regionCode, int baseScore, int gradeAMin, int gradeBMin, int gradeCMin, int checksA, int checksB,
                             int checksC, int checksD, int objectionDays, int removalYears) {

    /** The grade of {@code score}: A, B, C or D. */
    public String grade(int score) {
        if (score >= gradeAMin) {
            return "A";
        }
        if (score >= gradeBMin) {
            return "B";
        }
        return score >= gradeCMin ? "C" : "D";
    }

    /** Routine inspections per year for {@code grade}. */
    public int checksPerYear(String grade) {
        return switch (grade) {
            case "A" -> checksA;
            case "B" -> checksB;
            case "C" -> checksC;
            default -> checksD;
        };
    }
}
