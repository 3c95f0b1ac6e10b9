package org.eldercare.oversight.common;

/**
 * A user's search text as a SQL {@code LIKE} pattern: {@code %} and {@code _} typed by the user match themselves
 * (escaped with PostgreSQL's default escape character, the backslash), not any text.
 */
public final class Like {

    /** The longest search text any list takes (#9 item 14): names and codes are far shorter. */
    public static final int MAX_LENGTH = 100;

    private Like() {
    }

    /** {@code %text%} with the user's wildcards and backslashes escaped; a text over {@link #MAX_LENGTH} is refused (400). */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String escape(String text) {
        if (text.length() > MAX_LENGTH) {
            throw PlatformException.badRequest("search.tooLong", MAX_LENGTH, text.length());
        }
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
