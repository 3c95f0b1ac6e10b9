package org.eldercare.oversight.credit;

import java.time.LocalDate;

/** The credit grade of a legal entity (统一社会信用代码) changed (CRD-2); {@code previousGrade} is null for a first grade. */
public record CreditGradeChanged(String uscc, String grade, String previousGrade, int score, LocalDate gradedOn) {
}
