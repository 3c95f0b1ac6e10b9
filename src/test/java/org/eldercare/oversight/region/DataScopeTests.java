package org.eldercare.oversight.region;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DataScopeTests extends IntegrationTest {

    private static final String PW = "Scope#Test2026";

    @Test
    @DisplayName("Data scope: a county user reads its own county and the townships below it")
    void countyUserSeesOwnCountyAndChildren() throws Exception {
        mvc.perform(get("/api/v1/regions/532301").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("楚雄市"))
                .andExpect(jsonPath("$.children[?(@.code == '532301101000')].name").value("鹿城镇"));
        mvc.perform(get("/api/v1/regions/532301101000").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("Data scope: a county user gets 404 for a sibling county and for its parent prefecture")
    void countyUserGets404ForSiblingAndParent() throws Exception {
        mvc.perform(get("/api/v1/regions/532302").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("区划“532302”不存在或不在您的管辖范围内。"));
        mvc.perform(get("/api/v1/regions/532300").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regions/530000").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Data scope: a prefecture user reads every county below it but not another prefecture")
    void prefectureUserSeesCountiesBelow() throws Exception {
        mvc.perform(get("/api/v1/regions/532300").with(httpBasic("demo-supervisor", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children.length()").value(10));
        mvc.perform(get("/api/v1/regions/532329").with(httpBasic("demo-supervisor", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/regions/320600").with(httpBasic("demo-supervisor", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Data scope: a township user cannot read its county nor a neighbouring township")
    void townshipUserIsConfinedToItsTownship() throws Exception {
        mvc.perform(get("/api/v1/regions/532301101000").with(httpBasic("demo-township", DEMO_PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/regions/532301102000").with(httpBasic("demo-township", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/regions/532301").with(httpBasic("demo-township", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Data scope: an unknown code is 404 like an out-of-scope one, so existence does not leak")
    void unknownCodeIs404() throws Exception {
        mvc.perform(get("/api/v1/regions/999999").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("Data scope applies to account administration too: a county admin lists only its county's accounts")
    void userListIsScoped() throws Exception {
        String countyAdmin = createUser("admin-cx", "532301", Set.of(Role.SYSADMIN), PW);
        String sibling = createUser("lf", "532302", Set.of(Role.SUPERVISOR), PW);
        String mine = createUser("cx", "532301101000", Set.of(Role.TOWNSHIP), PW);
        mvc.perform(get("/api/v1/admin/users").param("q", sibling).with(httpBasic(countyAdmin, PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/admin/users").param("q", mine).with(httpBasic(countyAdmin, PW)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].username").value(mine));
    }
}
