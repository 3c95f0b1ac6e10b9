package org.eldercare.oversight.complaint.handling;

import java.time.LocalDate;
import org.eldercare.oversight.common.PlatformException;

/**
 * A complaint's referral to the department the responsibility matrix names: referred on registration, and the department's
 * liaison may object (信访工作条例 第二十三条) until {@code objectionDue}; an objection returns it to the bureau
 * ({@code departmentCode} null again, the objection kept).
 */
public record Referral(String departmentCode, LocalDate referredOn, LocalDate objectionDue, LocalDate objectedOn,
                       String objectionReason) {

    static final Referral NONE = new Referral(null, null, null, null, null);

    static Referral orNone(Referral r) {
        return r == null ? NONE : r;
    }

    Referral objected(String department, String reason, LocalDate today) {
        if (departmentCode == null || !departmentCode.equals(department) || objectedOn != null) {
            throw PlatformException.conflict("complaint.objection.notReferred");
        }
        if (today.isAfter(objectionDue)) {
            throw PlatformException.conflict("complaint.objection.late", objectionDue.toString());
        }
        return new Referral(null, referredOn, objectionDue, today, Texts.required(reason, "异议理由", 500));
    }
}
