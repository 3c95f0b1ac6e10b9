package org.eldercare.oversight.common;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many items a list has, counted up to {@link #CAP}. Beyond it the exact number would cost a scan of every row in a
 * national scope and tell the user nothing more, so it shows as “10,000+”. Count with {@link #countSql}: the query stops
 * after {@code CAP + 1} rows, whatever the scope.
 */
public record Total(long value, boolean more) {

    public static final int CAP = 10_000;
    /** A badge shows the number up to this, else “99+”. */
    static final int BADGE_MAX = 99;

    /** {@code select count(*)} over at most {@code CAP + 1} rows of {@code rowsSql} (a query giving one row per item). */
    public static String countSql(String rowsSql) {
        return "select count(*) from (" + rowsSql + " limit " + (CAP + 1) + ") counted";
    }

    /** The result of {@link #countSql}. */
    public static Total of(long counted) {
        return counted > CAP ? new Total(CAP, true) : new Total(counted, false);
    }

    /** 1,234 or 10,000+. */
    public String label() {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value) + (more ? "+" : "");
    }

    /** The number for a small badge: up to 99, else “99+” ({@link #label} has the real number). */
    public String badge() {
        return value > BADGE_MAX ? BADGE_MAX + "+" : String.valueOf(value);
    }
}
