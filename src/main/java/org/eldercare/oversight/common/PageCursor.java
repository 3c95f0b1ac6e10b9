package org.eldercare.oversight.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which page of a growing list to show (keyset paging, no {@code OFFSET}): the first page, the page after a row's key or
 * the page before one. Lists page by their primary key, newest first ({@code id desc}): stable, unique and indexed, so a
 * page costs the same however deep it lies and a row written meanwhile never shifts a page by one (no duplicates, no gaps).
 * The cursor sent to the browser is opaque (base64url of {@code a<id>} or {@code b<id>}); a forged one can only move the
 * key bound, never the caller's data scope, which every query applies by itself.
 *
 * @param size  rows per page
 * @param after the key of the last row shown: the next page holds the rows below it (null: not paging forward)
 * @param before the key of the first row shown: the previous page holds the rows above it (null: not paging back)
 */
public record PageCursor(int size, Long after, Long before) {

    public static final int MAX_SIZE = 200;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The first page of {@code size} rows. */
    public static PageCursor first(int size) {
        return new PageCursor(size, null, null);
    }

    /**
     * The page a request asks for: {@code cursor} as a previous answer gave it (blank: the first page) and {@code size}
     * (null: {@code defaultSize}). A size outside 1…{@value #MAX_SIZE} or a cursor no answer gave is a Chinese 400.
     */
    public static PageCursor of(String cursor, Integer size, int defaultSize) {
        int n = size == null ? defaultSize : size;
        if (n < 1 || n > MAX_SIZE) {
            throw PlatformException.badRequest("paging.size", MAX_SIZE);
        }
        if (cursor == null || cursor.isBlank()) {
            return first(n);
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw PlatformException.badRequest("paging.cursor");
        }
        if (raw.length() < 2 || raw.length() > 19 || (raw.charAt(0) != 'a' && raw.charAt(0) != 'b')
                || !raw.substring(1).chars().allMatch(Character::isDigit)) {
            throw PlatformException.badRequest("paging.cursor");
        }
        long key = Long.parseLong(raw.substring(1));
        return raw.charAt(0) == 'a' ? new PageCursor(n, key, null) : new PageCursor(n, null, key);
    }

    /** The cursor that asks for the rows below {@code key} (next page). */
    public static String afterKey(long key) {
        return ENCODER.encodeToString(("a" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor that asks for the rows above {@code key} (previous page). */
    public static String beforeKey(long key) {
        return ENCODER.encodeToString(("b" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether this page is fetched from the top of the list ({@code id desc}) or upwards from a key (previous page). */
    public boolean backward() {
        return before != null;
    }

    /** The key bound to AND to a query's condition: empty on the first page, else {@code and <column> < / > :pageKey}. */
    public String keyCondition(String keyColumn) {
        if (after != null) {
            return " and " + keyColumn + " < :pageKey";
        }
        return before != null ? " and " + keyColumn + " > :pageKey" : "";
    }

    /** The order and limit to end the query with: one row more than a page, to know whether another follows. */
    public String orderAndLimit(String keyColumn) {
        return " order by " + keyColumn + (backward() ? " asc" : " desc") + " limit :pageLimit";
    }

    /** Binds {@code :pageKey} and {@code :pageLimit}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        JdbcClient.StatementSpec bound = spec.param("pageLimit", size + 1);
        return after != null ? bound.param("pageKey", after) : before != null ? bound.param("pageKey", before) : bound;
    }

    /**
     * The page: runs {@code query} for this cursor ({@link #keyCondition}, {@link #orderAndLimit}, {@link #bind}), trims the
     * look-ahead row and names the neighbouring pages. Paging back past the top shows the first page again.
     * {@code cappedCount} counts the rows of the whole list up to {@link ListPage#CAP}{@code + 1} ({@link ListPage#countSql}).
     */
    public <T> ListPage<T> page(Function<PageCursor, List<T>> query, ToLongFunction<T> key, LongSupplier cappedCount) {
        List<T> rows = new ArrayList<>(query.apply(this));
        if (backward() && rows.size() <= size) {
            return first(size).page(query, key, cappedCount);
        }
        boolean more = rows.size() > size;
        List<T> shown = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
        String next;
        String previous;
        if (backward()) {
            Collections.reverse(shown);
            next = afterKey(key.applyAsLong(shown.get(shown.size() - 1)));
            previous = beforeKey(key.applyAsLong(shown.get(0)));
        } else {
            next = more ? afterKey(key.applyAsLong(shown.get(shown.size() - 1))) : null;
            previous = after == null ? null : beforeKey(shown.isEmpty() ? after - 1 : key.applyAsLong(shown.get(0)));
        }
        return ListPage.of(shown, next, previous, cappedCount.getAsLong());
    }
}
