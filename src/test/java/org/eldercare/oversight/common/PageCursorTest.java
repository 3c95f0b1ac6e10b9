package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** #9 item 11: keyset paging without OFFSET — cursors, bounds, page order and the capped total. */
class PageCursorTest {

    /** A list of ids 1…n shown newest first, queried the way a JdbcClient query with the cursor's SQL would. */
    private static List<Long> query(List<Long> ids, PageCursor c) {
        List<Long> rows = new ArrayList<>(ids.stream()
                .filter(id -> c.after() == null || id < c.after())
                .filter(id -> c.before() == null || id > c.before())
                .sorted(c.backward() ? Long::compare : Collections.reverseOrder()).limit(c.size() + 1L).toList());
        return rows;
    }

    @Test
    @DisplayName("#9-11: paging forward and back over several pages shows every row once, newest first, in stable pages")
    void forwardAndBack() {
        List<Long> ids = LongStream.rangeClosed(1, 23).boxed().filter(id -> id % 5 != 0).toList(); // gaps, like a scoped list
        List<List<Long>> pages = new ArrayList<>();
        ListPage<Long> page = PageCursor.first(5).page(c -> query(ids, c), id -> id, ids::size);
        pages.add(page.items());
        assertThat(page.previousCursor()).isNull();
        while (page.nextCursor() != null) {
            page = PageCursor.of(page.nextCursor(), 5, 20).page(c -> query(ids, c), id -> id, ids::size);
            pages.add(page.items());
        }
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(ids.stream().sorted(Collections.reverseOrder()).toList());
        assertThat(pages).hasSize(4);
        List<List<Long>> back = new ArrayList<>(List.of(page.items()));
        while (page.previousCursor() != null) {
            page = PageCursor.of(page.previousCursor(), 5, 20).page(c -> query(ids, c), id -> id, ids::size);
            back.add(0, page.items());
        }
        assertThat(back).isEqualTo(pages);
        assertThat(page.total()).isEqualTo(19);
        assertThat(page.totalText()).isEqualTo("19");
    }

    @Test
    @DisplayName("#9-11: rows written meanwhile neither shift nor repeat the next page")
    void newRowsDoNotShiftPages() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 10).boxed().toList());
        ListPage<Long> first = PageCursor.first(4).page(c -> query(ids, c), id -> id, ids::size);
        ids.add(11L);
        ids.add(12L);
        ListPage<Long> second = PageCursor.of(first.nextCursor(), 4, 20).page(c -> query(ids, c), id -> id, ids::size);
        assertThat(first.items()).containsExactly(10L, 9L, 8L, 7L);
        assertThat(second.items()).containsExactly(6L, 5L, 4L, 3L);
    }

    @Test
    @DisplayName("#9-11: past 10,000 rows the total is shown as 10,000+ and counted no further")
    void cappedTotal() {
        assertThat(ListPage.of(List.of(), null, null, 10_001).totalText()).isEqualTo("10,000+");
        assertThat(ListPage.of(List.of(), null, null, 10_001).totalCapped()).isTrue();
        assertThat(ListPage.of(List.of(), null, null, 10_000).totalText()).isEqualTo("10,000");
        assertThat(ListPage.countSql("select 1 from t")).isEqualTo("select count(*) from (select 1 from t limit 10001) counted");
    }

    @Test
    @DisplayName("#9-11: a page size outside 1–200 or a cursor no answer gave is a Chinese 400")
    void badParameters() {
        for (Integer size : new Integer[] {0, -1, 201, 10_000}) {
            assertThatThrownBy(() -> PageCursor.of(null, size, 20)).isInstanceOfSatisfying(PlatformException.class,
                    e -> assertThat(e.code()).isEqualTo("paging.size"));
        }
        // not base64, "abc", 20 digits, 19 nines (beyond a long), "b", "a-1"
        for (String cursor : new String[] {"x", "!!!", "YWJj", "YTEyMzQ1Njc4OTAxMjM0NTY3ODkw", "YTk5OTk5OTk5OTk5OTk5OTk5OTk", "Yg",
            "YS0x"}) {
            assertThatThrownBy(() -> PageCursor.of(cursor, null, 20)).as(cursor).isInstanceOfSatisfying(PlatformException.class,
                    e -> assertThat(e.code()).isEqualTo("paging.cursor"));
        }
        assertThat(PageCursor.of(PageCursor.afterKey(42), 7, 20)).isEqualTo(new PageCursor(7, 42L, null));
        assertThat(PageCursor.of(PageCursor.beforeKey(42), null, 20)).isEqualTo(new PageCursor(20, null, 42L));
        assertThat(PageCursor.of(" ", null, 20)).isEqualTo(PageCursor.first(20));
    }
}
