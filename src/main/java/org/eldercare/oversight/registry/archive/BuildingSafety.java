package org.eldercare.oversight.registry.archive;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;

/**
 * Building and fire-safety facts of a service site's premises (REG-9 自建房 and 房屋安全鉴定, HAZ-7 消防安全标准化).
 */
record BuildingSafety(boolean selfBuilt, LocalDate appraisalDate, AppraisalGrade appraisalGrade, FireStandardisation fireStandard,
                      LocalDate fireStandardDate, String fireStandardEvidence) {

    static final BuildingSafety NONE = new BuildingSafety(false, null, null, FireStandardisation.NOT_STARTED, null, null);

    /**
     * Validates the submitted facts: the appraisal date is not in the future and needs a grade; a standardisation
     * 达标/标杆 needs its date (not in the future); evidence is a short reference of at most 200 characters.
     */
    static BuildingSafety of(InstitutionFacts f, Instant now) {
        LocalDate appraised = FieldRules.notFuture(f.appraisalDate(), now, "房屋安全鉴定日期");
        AppraisalGrade grade = f.appraisalGrade() == null || f.appraisalGrade().isBlank() ? null
                : Labelled.parse(AppraisalGrade.class, f.appraisalGrade(), "房屋安全鉴定等级");
        if (appraised != null && grade == null) {
            throw PlatformException.badRequest("registry.building.gradeRequired");
        }
        if (appraised == null && grade != null) {
            throw PlatformException.badRequest("registry.building.dateRequired");
        }
        FireStandardisation status = Labelled.parseOr(FireStandardisation.class, f.fireStandard(), "消防安全标准化状态",
                FireStandardisation.NOT_STARTED);
        LocalDate standardDate = FieldRules.notFuture(f.fireStandardDate(), now, "消防安全标准化日期");
        if (status.achieved() && standardDate == null) {
            throw PlatformException.badRequest("registry.building.standardDateRequired", status.label());
        }
        String evidence = f.fireStandardEvidence() == null || f.fireStandardEvidence().isBlank() ? null : f.fireStandardEvidence().trim();
        if (evidence != null && evidence.length() > 200) {
            throw PlatformException.badRequest("registry.field.tooLong", "消防安全标准化依据", 200);
        }
        return new BuildingSafety(Boolean.TRUE.equals(f.selfBuilt()), appraised, grade, status, standardDate, evidence);
    }

    /** The latest appraisal rated the building C or D: a 重大事故隐患 candidate. */
    boolean unsafe() {
        return appraisalGrade != null && appraisalGrade.unsafe();
    }

    /** A different appraisal (date or grade) than {@code before}. */
    boolean newAppraisal(BuildingSafety before) {
        return before == null || !java.util.Objects.equals(before.appraisalDate, appraisalDate)
                || before.appraisalGrade != appraisalGrade;
    }
}
