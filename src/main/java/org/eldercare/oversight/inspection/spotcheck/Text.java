package org.eldercare.oversight.inspection.spotcheck;

import org.eldercare.oversight.common.PlatformException;

/** Required, bounded text fields (Chinese 400 otherwise). */
final class Text {

    private Text() {
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest("field.required", field);
        }
        if (value.trim().length() > max) {
            throw PlatformException.badRequest("field.tooLong", field, String.valueOf(max));
        }
        return value.trim();
    }
}
