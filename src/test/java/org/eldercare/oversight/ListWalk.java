package org.eldercare.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Walks a keyset-paged API list (issue #9 item 11) page by page: forward with {@code nextCursor} to the end, then back
 * with {@code previousCursor} to the start, and checks that both walks show the same rows, each once, in one order.
 */
public final class ListWalk {

    /** What the walk saw: {@code field} of every row, in the order shown, the number of pages and the total reported. */
    public record Walk(List<String> values, int pages, long total, boolean totalCapped) {
    }

    private ListWalk() {
    }

    public static Walk walk(MockMvc mvc, RequestPostProcessor auth, String path, Map<String, String> params, String field)
            throws Exception {
        List<List<String>> forward = new ArrayList<>();
        String cursor = null;
        String last = null;
        long total = -1;
        boolean capped = false;
        do {
            String json = page(mvc, auth, path, params, cursor);
            forward.add(values(json, field));
            total = ((Number) JsonPath.read(json, "$.total")).longValue();
            capped = JsonPath.read(json, "$.totalCapped");
            last = cursor;
            cursor = JsonPath.read(json, "$.nextCursor");
            assertThat(forward.size()).as("pages of %s", path).isLessThan(1000);
        } while (cursor != null);
        List<List<String>> backward = new ArrayList<>();
        String json = page(mvc, auth, path, params, last);
        String previous = JsonPath.read(json, "$.previousCursor");
        backward.add(values(json, field));
        while (previous != null) {
            json = page(mvc, auth, path, params, previous);
            backward.add(values(json, field));
            previous = JsonPath.read(json, "$.previousCursor");
            assertThat(backward.size()).as("pages back of %s", path).isLessThan(1000);
        }
        Collections.reverse(backward);
        assertThat(backward).as("walking back shows the pages walking forward showed").isEqualTo(forward);
        List<String> values = forward.stream().flatMap(List::stream).toList();
        assertThat(values).as("no row twice").doesNotHaveDuplicates();
        return new Walk(values, forward.size(), total, capped);
    }

    private static List<String> values(String json, String field) {
        List<Object> raw = JsonPath.read(json, "$.items[*]." + field);
        return raw.stream().map(String::valueOf).toList();
    }

    private static String page(MockMvc mvc, RequestPostProcessor auth, String path, Map<String, String> params, String cursor)
            throws Exception {
        MockHttpServletRequestBuilder get = get(path).with(auth);
        params.forEach(get::param);
        if (cursor != null) {
            get.param("cursor", cursor);
        }
        var response = mvc.perform(get).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s cursor %s: %s", path, params, cursor,
                response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
