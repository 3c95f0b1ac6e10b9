package org.eldercare.oversight.common;

/**
 * A choice with a Chinese label: the enum constant's name is stored and sent over the API, the label is what users
 * read. {@link #parse} turns a submitted name into the constant or a Chinese 400.
 */
public interface Labelled {

    String label();

    /** The constant named {@code value}; a blank or unknown value is refused with the field's Chinese name. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw PlatformException.badRequest("field.required", field);
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw PlatformException.badRequest("field.invalid", field);
        }
    }

    /** Like {@link #parse}, but a blank value means {@code fallback}. */
    static <E extends Enum<E> & Labelled> E parseOr(Class<E> type, String value, String field, E fallback) {
        return value == null || value.isBlank() ? fallback : parse(type, value, field);
    }
}
