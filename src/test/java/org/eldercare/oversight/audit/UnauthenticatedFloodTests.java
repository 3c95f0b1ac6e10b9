package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eldercare.oversight.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Item 13: unauthenticated refusals are counted per client and written as one chained row per window, not one each. */
class UnauthenticatedFloodTests extends IntegrationTest {

    private static final Pattern COUNT = Pattern.compile("^(\\d+) 次未登录请求被拒绝（其中 (\\d+) 次");

    @Autowired
    private UnauthenticatedRefusals refusals;

    private static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    @Test
    @DisplayName("200 unauthenticated POSTs from one client (also to unknown paths) leave a handful of audit rows that count them")
    void floodIsAggregated() throws Exception {
        String ip = "198.51.100.23";
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
        int throttled = 0;
        for (int i = 0; i < 200; i++) {
            String path = switch (i % 3) {
                case 0 -> "/admin/users";
                case 1 -> "/api/v1/admin/users";
                default -> "/no-such-page-" + i;
            };
            int status = mvc.perform(post(path).with(from(ip))).andReturn().getResponse().getStatus();
            assertThat(status).isIn(403, 429);
            throttled += status == 429 ? 1 : 0;
        }
        refusals.flush();

        List<Map<String, Object>> rows = jdbc.sql("select action, outcome, username, detail from audit_log where id > ? "
                + "and client_ip = ? order by id").params(before, ip).query().listOfRows();
        assertThat(rows).hasSizeBetween(1, 3); // one per window: more only if a window ended during the flood
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("action", UnauthenticatedRefusals.ACTION)
                .containsEntry("outcome", "DENIED").containsEntry("username", null));
        long counted = 0;
        long counted429 = 0;
        for (Map<String, Object> r : rows) {
            Matcher m = COUNT.matcher((String) r.get("detail"));
            assertThat(m.find()).as((String) r.get("detail")).isTrue();
            counted += Long.parseLong(m.group(1));
            counted429 += Long.parseLong(m.group(2));
        }
        assertThat(counted).isEqualTo(200);
        assertThat(counted429).isEqualTo(throttled);
        // beyond the limit (120 a window) the client is answered 429 at once, unless a window ended mid-flood
        assertThat(throttled > 0 || rows.size() > 1).isTrue();
    }
}
