package org.eldercare.oversight.registry.archive;

import java.time.Instant;
import java.time.LocalDate;
import org.eldercare.oversight.codes.MobilePhone;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.PlatformException;

/** How the archive checks a submitted field: trimmed, within its length, never negative; each refusal names the field. */
final class FieldRules {

    private FieldRules() {
    }

    static String required(String v, String field, int max) {
        if (v == null || v.isBlank()) {
            throw PlatformException.badRequest("registry.field.required", field);
        }
        if (v.trim().length() > max) {
            throw PlatformException.badRequest("registry.field.tooLong", field, max);
        }
        return v.trim();
    }

    static String optional(String v, int max) {
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.trim().length() > max) {
            throw PlatformException.badRequest("registry.field.tooLong", "姓名", max);
        }
        return v.trim();
    }

    static int count(Integer v, String field) {
        if (v == null) {
            return 0;
        }
        if (v < 0) {
            throw PlatformException.badRequest("registry.count.negative", field);
        }
        return v;
    }

    /** #9 item 14: a date that has not happened yet (in Beijing time) cannot be a fact of the archive. */
    static LocalDate notFuture(LocalDate date, Instant now, String field) {
        LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.ZONE);
        if (date != null && date.isAfter(today)) {
            throw PlatformException.badRequest("registry.date.future", field, date.toString(), today.toString());
        }
        return date;
    }

    static String phone(String v) {
        return v == null || v.isBlank() ? null : MobilePhone.parse(v).value();
    }
}
