package org.eldercare.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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
import java.util.TreeSet;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.ListWalk;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** #9 items 11 and 15: the audit log pages by id under filters and reads in Chinese, with the raw values kept. */
class AuditLogListTests extends IntegrationTest {

    private static final String RECORDS = "/api/v1/audit/records";
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLabels labels;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private long record(String username, String roles, String region, String action, AuditOutcome outcome, String detail) {
        trail.record(new AuditEntry(username, roles, region, action, "filings", "1", outcome, detail, "192.0.2.7"));
        return jdbc.sql("select max(id) from audit_log where username = ?").param(username).query(Long.class).single();
    }

    private String page(Map<String, String> params) throws Exception {
        var get = get("/audit").session(login("auditadmin", DEMO_PASSWORD));
        params.forEach(get::param);
        return mvc.perform(get).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("#9-11: the audit log pages forward and back by id, newest first, each row once, filtered by user in any case")
    void pagesByIdUnderFilters() throws Exception {
        String user = unique("au");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(String.valueOf(record(user, "SUPERVISOR", "532301", "POST /registry/imports",
                    i % 2 == 0 ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, "HTTP 302")));
        }
        Collections.reverse(ids);
        ListWalk.Walk walk = ListWalk.walk(mvc, httpBasic("auditadmin", DEMO_PASSWORD), RECORDS,
                Map.of("username", user.toUpperCase(), "size", "3"), "id");
        assertThat(walk.values()).isEqualTo(ids);
        assertThat(walk.total()).isEqualTo(7);
        ListWalk.Walk failed = ListWalk.walk(mvc, httpBasic("auditadmin", DEMO_PASSWORD), RECORDS,
                Map.of("username", user, "outcome", "FAILURE", "size", "2"), "id");
        assertThat(failed.values()).isEqualTo(List.of(ids.get(1), ids.get(3), ids.get(5)));
        String today = java.time.LocalDate.now(clock).toString();
        mvc.perform(get(RECORDS).param("username", user).param("from", today).param("to", today)
                .with(httpBasic("auditadmin", DEMO_PASSWORD))).andExpect(jsonPath("$.total").value(7));
        mvc.perform(get(RECORDS).param("username", user).param("to", "2000-01-01")
                .with(httpBasic("auditadmin", DEMO_PASSWORD))).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    @DisplayName("#9-11: the audit log is searched by the action's Chinese name or its raw path, % and _ literal")
    void searchByActionName() throws Exception {
        String user = unique("as");
        record(user, "SUPERVISOR", "532301", "POST /registry/imports", AuditOutcome.SUCCESS, "HTTP 302");
        record(user, "SUPERVISOR", "532301", "POST /registry/leads/{id}", AuditOutcome.SUCCESS, "HTTP 302");
        var auditor = httpBasic("auditadmin", DEMO_PASSWORD);
        mvc.perform(get(RECORDS).param("username", user).param("action", "导入登记数据").with(auditor))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].action").value("POST /registry/imports"));
        mvc.perform(get(RECORDS).param("username", user).param("action", "/registry/").with(auditor))
                .andExpect(jsonPath("$.total").value(2));
        for (String literal : new String[] {"/registry/imp%", "/registry_imports", "%"}) {
            mvc.perform(get(RECORDS).param("username", user).param("action", literal).with(auditor))
                    .andExpect(jsonPath("$.total").value(0));
        }
    }

    @Test
    @DisplayName("#9-15: roles, actions, outcomes, reasons and regions read in Chinese; the raw values stay beside them")
    void chineseLabels() throws Exception {
        String user = unique("lb");
        record(user, "TOWNSHIP,INSPECTOR", "532301", "POST /api/v1/filings/{id}/accept", AuditOutcome.SUCCESS, "HTTP 200");
        record(user, "SUPERVISOR", "532302", "POST /admin/tokens", AuditOutcome.FAILURE, "HTTP 302 REFUSED token.name.invalid");
        record(user, "SUPERVISOR", "532302", "POST /no/such/{thing}", AuditOutcome.DENIED, "HTTP 403");
        String html = page(Map.of("username", user));
        assertThat(html).contains("乡镇工作人员、执法检查人员").contains("title=\"TOWNSHIP,INSPECTOR\"")
                .contains("予以备案").contains("title=\"POST /api/v1/filings/{id}/accept\"")
                .contains("楚雄市").contains("禄丰市").contains("title=\"532301\"")
                .contains("已完成（HTTP 200）").contains("未办理：").contains("拒绝").contains("无权访问（HTTP 403）")
                .contains("POST /no/such/{thing}");
        mvc.perform(get(RECORDS).param("username", user).with(httpBasic("auditadmin", DEMO_PASSWORD)))
                .andExpect(jsonPath("$.items[2].rolesLabel").value("乡镇工作人员、执法检查人员"))
                .andExpect(jsonPath("$.items[2].roles").value("TOWNSHIP,INSPECTOR"))
                .andExpect(jsonPath("$.items[2].actionLabel").value("予以备案"))
                .andExpect(jsonPath("$.items[2].regionName").value("楚雄市"))
                .andExpect(jsonPath("$.items[2].outcomeLabel").value("成功"))
                .andExpect(jsonPath("$.items[0].actionLabel").value("POST /no/such/{thing}"));
    }

    @Test
    @DisplayName("#9-15: a failed login reads 登录 with its reason in Chinese, and the user by name where the account exists")
    void loginRows() throws Exception {
        String user = unique("nobody");
        mvc.perform(formLogin("/login").user(user).password("Wrong#Pass2026"));
        String html = page(Map.of("username", user));
        assertThat(html).contains("<td title=\"LOGIN FORM\">登录</td>").contains("用户名不存在").contains("失败");
        login("demo-county", DEMO_PASSWORD);
        String county = page(Map.of("username", "demo-county", "action", "登录"));
        assertThat(county).contains("李监管（楚雄市民政局）").contains("民政监管员");
    }

    @Test
    @DisplayName("#9-15: every audited endpoint (every POST, PUT, PATCH and DELETE) has a Chinese action name")
    void everyAuditedEndpointHasAName() {
        Set<String> missing = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    String action = method.name() + " " + pattern;
                    if (labels.action(action).equals(action)) {
                        missing.add(AuditLabels.key(action));
                    }
                }
            }
        }
        assertThat(missing).as("add to messages.properties: %s", missing).isEmpty();
    }

    @Test
    @DisplayName("#9-11: bad paging and filter parameters of the audit log are a Chinese 400")
    void badParameters() throws Exception {
        var auditor = httpBasic("auditadmin", DEMO_PASSWORD);
        mvc.perform(get(RECORDS).param("size", "0").with(auditor)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("每页条数须在1至200之间。"));
        mvc.perform(get(RECORDS).param("size", "10000").with(auditor)).andExpect(status().isBadRequest());
        mvc.perform(get(RECORDS).param("cursor", "YWJj").with(auditor)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("翻页位置无效，请回到第一页重新查询。"));
        mvc.perform(get(RECORDS).param("from", "2026-02-01").param("to", "2026-01-01").with(auditor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("起始日期不能晚于截止日期。"));
        mvc.perform(get(RECORDS).param("outcome", "MAYBE").with(auditor)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“结果”的取值无效。"));
        mvc.perform(get(RECORDS).with(httpBasic("sysadmin", DEMO_PASSWORD))).andExpect(status().isForbidden());
    }
}
