package org.eldercare.oversight.common;

import java.util.List;

/**
 * One page of a list as pages and the API show it: the rows, the cursors of the next and previous pages (null where there
 * is none; see {@link PageCursor}) and the number of rows of the whole list. The total is exact up to {@code CAP}
 * rows; past that it is {@code CAP} with {@code totalCapped} set and shown as “10,000+” — counting is bounded by a
 * {@code limit} subquery ({@link #countSql}), so a national list never costs a full count.
 */
public record ListPage<T>(List<T> items, String nextCursor, String previousCursor, long total, boolean totalCapped) {

    public static final int CAP = Total.CAP;

    /** The page with the count the capped count query returned (at most {@code CAP + 1}). */
    public static <T> ListPage<T> of(List<T> items, String nextCursor, String previousCursor, long cappedCount) {
        Total total = Total.of(cappedCount);
        return new ListPage<>(List.copyOf(items), nextCursor, previousCursor, total.value(), total.more());
    }

    /** A bounded count: {@code select 1 from … where …} of the list, counted up to {@code CAP + 1} rows ({@link Total}). */
    public static String countSql(String selectOne) {
        return Total.countSql(selectOne);
    }

    /** “1,234” or, past the cap, “10,000+”. */
    public String totalText() {
        return new Total(total, totalCapped).label();
    }

    /** True when neither a next nor a previous page exists. */
    public boolean single() {
        return nextCursor == null && previousCursor == null;
    }
}
