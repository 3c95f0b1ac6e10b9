package org.eldercare.oversight.common;

/**
 * A user's search text as a SQL {@code LIKE} pattern: {@code %} and {@code _} typed by the user match themselves
 * (escaped with PostgreSQL's default escape character, the backslash), not any text.
 */
public final class Like {

    private Like() {
    }

    /** {@code %text%} with the user's wildcards and backslashes escaped. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
