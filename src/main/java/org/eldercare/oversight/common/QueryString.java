package org.eldercare.oversight.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The filters of a list page as a query string for its paging links: {@code k=v&} for each non-blank value, encoded. */
public final class QueryString {

    private QueryString() {
    }

    /** {@code pairs}: name, value, name, value, …; blank values are left out. The result ends with {@code &} (or is empty). */
    public static String of(Object... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            if (v != null && !v.toString().isBlank()) {
                sb.append(pairs[i]).append('=').append(URLEncoder.encode(v.toString(), StandardCharsets.UTF_8)).append('&');
            }
        }
        return sb.toString();
    }
}
