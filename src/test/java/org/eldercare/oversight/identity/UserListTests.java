package org.eldercare.oversight.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.ListWalk;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** #9 item 11: 用户管理 pages through a growing list of accounts with a real total and a literal search. */
class UserListTests extends IntegrationTest {

    private static final String USERS = "/api/v1/admin/users";

    private List<String> createAccounts(String tag, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(createUser(tag, "532301", Set.of(Role.SUPERVISOR), DEMO_PASSWORD));
        }
        return names;
    }

    @Test
    @DisplayName("#9-11: the account list pages forward and back, newest first, every account once, with the total")
    void accountsPageByKey() throws Exception {
        String tag = unique("pg");
        List<String> created = createAccounts(tag, 7);
        ListWalk.Walk walk = ListWalk.walk(mvc, httpBasic("sysadmin", DEMO_PASSWORD), USERS, Map.of("q", tag, "size", "3"), "username");
        Collections.reverse(created);
        assertThat(walk.values()).isEqualTo(created);
        assertThat(walk.pages()).isEqualTo(3);
        assertThat(walk.total()).isEqualTo(7);
        assertThat(walk.totalCapped()).isFalse();
        // the account name matches in any case
        mvc.perform(get(USERS).param("q", tag.toUpperCase()).with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(7));
    }

    @Test
    @DisplayName("#9-11: % and _ typed into the account search match themselves, not any text")
    void wildcardsAreLiteral() throws Exception {
        String tag = unique("wc");
        createAccounts(tag, 2);
        for (String q : new String[] {tag + "%", tag.substring(0, tag.length() - 1) + "_", "%" + tag.substring(1)}) {
            mvc.perform(get(USERS).param("q", q).with(httpBasic("sysadmin", DEMO_PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.items.length()").value(0));
        }
        mvc.perform(get(USERS).param("q", tag.substring(1)).with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    @DisplayName("#9-11: the 用户管理 page shows the total, the search box and no paging links for a single page")
    void page() throws Exception {
        String tag = unique("pp");
        createAccounts(tag, 2);
        String html = mvc.perform(get("/admin/users").param("q", tag).session(login("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"user-total\">2</span>").contains("用户名或姓名包含").doesNotContain("下一页");
    }

    @Test
    @DisplayName("#9-11: a page size of 0 or 10000 and a forged cursor are refused with a Chinese 400")
    void badPagingParameters() throws Exception {
        for (String size : new String[] {"0", "10000"}) {
            mvc.perform(get(USERS).param("size", size).with(httpBasic("sysadmin", DEMO_PASSWORD)))
                    .andExpect(status().isBadRequest()).andExpect(content -> assertThat(content.getResponse().getContentType())
                            .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.detail").value("每页条数须在1至200之间。"));
        }
        mvc.perform(get(USERS).param("cursor", "garbage!").with(httpBasic("sysadmin", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("翻页位置无效，请回到第一页重新查询。"));
        String page = mvc.perform(get("/admin/users").param("cursor", "garbage!").session(login("sysadmin", DEMO_PASSWORD))
                        .accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("翻页位置无效");
    }
}
