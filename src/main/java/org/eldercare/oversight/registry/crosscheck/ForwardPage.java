package org.eldercare.oversight.registry.crosscheck;

import java.util.List;
import java.util.function.Function;
import org.eldercare.oversight.common.Total;

/**
 * One page of a list that can grow (#9 item 11), read forward only ({@code common.ListPage} also goes back): its rows,
 * how many there are in all ({@link Total}, capped), and the keyset position after the last row ({@code next}, null on
 * the last page). Pages are read with {@code limit size + 1}: the extra row only says whether another page follows.
 */
public record ForwardPage<T>(List<T> rows, Total total, String next) {

    /** {@code fetched} holds up to {@code size + 1} rows; {@code position} writes the keyset position of a row. */
    static <T> ForwardPage<T> of(List<T> fetched, int size, Total total, Function<T, String> position) {
        if (fetched.size() <= size) {
            return new ForwardPage<>(fetched, total, null);
        }
        List<T> rows = fetched.subList(0, size);
        return new ForwardPage<>(List.copyOf(rows), total, position.apply(rows.get(size - 1)));
    }
}
