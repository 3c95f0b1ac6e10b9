package org.eldercare.oversight.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.todo.TodoBoard;
import org.eldercare.oversight.todo.TodoItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class WorkbenchTests extends IntegrationTest {

    @Autowired
    TodoBoard todos;

    private String home(String username, String password) throws Exception {
        return mvc.perform(get("/").session(login(username, password))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("Workbench shows the user's region and a clear empty state when nothing is to do")
    void emptyState() throws Exception {
        String user = createUser("empty", "532325", Set.of(Role.SUPERVISOR), "Empty#Todo2026");
        String html = home(user, "Empty#Todo2026");
        assertThat(html).contains("工作台").contains("姚安县").contains("暂无待办事项");
    }

    @Test
    @DisplayName("Workbench to-do list: items published for a role in a region reach that region and its parents, not siblings")
    void todoItemsFollowScopeAndRole() throws Exception {
        String source = unique("verify");
        todos.publish(new TodoItem("test-verification", source, "532301101000", Role.SUPERVISOR,
                "现场核查：" + source, "/", LocalDate.now().plusDays(3), false));
        todos.publish(new TodoItem("test-verification", source + "-late", "532301", Role.SUPERVISOR,
                "逾期事项：" + source, null, LocalDate.now().minusDays(1), false));
        assertThat(home("demo-county", DEMO_PASSWORD)).contains("现场核查：" + source).contains("逾期事项：" + source).contains("已逾期");
        assertThat(home("demo-supervisor", DEMO_PASSWORD)).contains("现场核查：" + source);
        String sibling = createUser("sibling", "532302", Set.of(Role.SUPERVISOR), "Sibling#Todo2026");
        assertThat(home(sibling, "Sibling#Todo2026")).doesNotContain(source);
        // a role the item is not for does not see it
        assertThat(home("demo-inspector", DEMO_PASSWORD)).doesNotContain(source);
        todos.complete("test-verification", source);
        assertThat(home("demo-county", DEMO_PASSWORD)).doesNotContain("现场核查：" + source).contains("逾期事项：" + source);
    }

    @Test
    @DisplayName("#9-15: an institution account's header names its institution, a supervisor's its region")
    void theHeaderNamesTheInstitution() throws Exception {
        String institution = mvc.perform(get("/").session(login("demo-institution", DEMO_PASSWORD))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(institution).contains("id=\"shell-institution\">楚雄市东瓜镇夕阳红老年公寓<");
        String supervisor = mvc.perform(get("/").session(login("demo-county", DEMO_PASSWORD))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(supervisor).doesNotContain("shell-institution").contains("id=\"shell-region\"");
    }

    @Test
    @DisplayName("Navigation shows only the modules the user's roles may use")
    void navigationFollowsRoles() throws Exception {
        assertThat(home("sysadmin", DEMO_PASSWORD)).contains("用户管理").contains("行政区划").doesNotContain("审计日志").doesNotContain("安全策略");
        assertThat(home("auditadmin", DEMO_PASSWORD)).contains("审计日志").doesNotContain("用户管理");
        assertThat(home("secadmin", DEMO_PASSWORD)).contains("安全策略").doesNotContain("用户管理");
        assertThat(home("demo-county", DEMO_PASSWORD)).contains("工作台").doesNotContain("用户管理").doesNotContain("审计日志");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("Admin pages render in Chinese for their administrators")
    void adminPagesRender() throws Exception {
        var sys = login("sysadmin", DEMO_PASSWORD);
        assertThat(page(sys, "/admin/users?q=demo-")).contains("用户管理").contains("demo-county"); // page 1 holds the newest 20
        assertThat(page(sys, "/admin/users/new")).contains("新建用户").contains("三员分立").contains("消防救援");
        Long id = jdbc.sql("select id from user_account where username = 'demo-department'").query(Long.class).single();
        assertThat(page(sys, "/admin/users/" + id)).contains("编辑用户").contains("陈联络");
        assertThat(page(sys, "/admin/regions")).contains("行政区划").contains("云南省").contains("重庆市").contains("查找");
        assertThat(page(sys, "/admin/tokens")).contains("API令牌").contains("签发");
        assertThat(page(login("secadmin", DEMO_PASSWORD), "/admin/security-policy")).contains("连续失败几次后锁定");
        assertThat(page(login("auditadmin", DEMO_PASSWORD), "/audit")).contains("校验审计链完整性");
        assertThat(page(login("demo-county", DEMO_PASSWORD), "/account/password")).contains("确认新密码");
    }

    @Test
    @DisplayName("User form: a refused save shows the Chinese reason and keeps what was typed")
    void userFormKeepsInputOnError() throws Exception {
        var sys = login("sysadmin", DEMO_PASSWORD);
        String html = mvc.perform(MockMvcRequestBuilders.post("/admin/users").session(sys)
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("username", "keep-me").param("displayName", "保留的姓名").param("regionCode", "532301")
                        .param("roles", "DEPARTMENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("协同部门联络员须选择所属部门。").contains("保留的姓名");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'keep-me'").query(Long.class).single()).isZero();
    }
}
