package org.eldercare.oversight.complaint.handling;

import org.eldercare.oversight.common.PlatformException;

/** Checks a typed text: required or optional, trimmed, at most {@code max} characters (Chinese 400 otherwise). */
public final class Texts {

    private Texts() {
    }

    public static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest("field.required", field);
        }
        return optional(value, field, max);
    }

    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > max) {
            throw PlatformException.badRequest("field.tooLong", field, String.valueOf(max));
        }
        return value.trim();
    }
}
