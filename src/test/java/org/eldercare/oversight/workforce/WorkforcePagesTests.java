package org.eldercare.oversight.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** #16 pages: navigation by role, the ban register and check, hiring refused on the form, training and certificates, the demo data. */
class WorkforcePagesTests extends WorkforceFixtures {

    private String page(MockHttpSession s, String path) throws Exception {
        return mvc.perform(get(path).session(s)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("Navigation: supervisors see bans, figures and goals; institutions the check and credit lookup; inspectors the staff")
    void navigationFollowsRoles() throws Exception {
        String supervisor = page(login("demo-county", DEMO_PASSWORD), "/");
        assertThat(supervisor).contains("从业人员").contains("行业禁入名单").contains("培训持证与人员配比").contains("从业人员目标设定")
                .contains("hx-get=\"/workforce/workbench-card\"").doesNotContain("从业信用查询");
        String institution = page(login("demo-institution", DEMO_PASSWORD), "/");
        assertThat(institution).contains("从业人员").contains("行业禁入核查").contains("从业信用查询").doesNotContain("行业禁入名单")
                .doesNotContain("workbench-card");
        String inspector = page(login("demo-inspector", DEMO_PASSWORD), "/");
        assertThat(inspector).contains("从业人员").doesNotContain("行业禁入核查").doesNotContain("培训持证与人员配比");
        assertThat(page(login("sysadmin", DEMO_PASSWORD), "/")).doesNotContain("从业人员");
    }

    @Test
    @DisplayName("WRK-3 pages: a refused entry keeps the form without the number; an entry lists masked, checks on the page, revokes")
    void banPages() throws Exception {
        MockHttpSession county = login("demo-county", DEMO_PASSWORD);
        String person = idNumber();
        LocalDate start = LocalDate.now(clock()).minusMonths(1);
        String refused = mvc.perform(post("/workforce/bans").session(county).with(csrf()).param("name", "页面禁入").param("idNumber", person)
                        .param("source", "COURT").param("sourceDocument", "（2026）云2301刑初3号").param("issuingAuthority", "楚雄市人民法院")
                        .param("startDate", start.toString()).param("endDate", start.plusYears(1).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("法院判决的从业禁止期限为三年至五年").contains("页面禁入").doesNotContain(person);
        mvc.perform(post("/workforce/bans").session(county).with(csrf()).param("name", "页面禁入").param("idNumber", person)
                        .param("source", "COURT").param("sourceDocument", "（2026）云2301刑初3号").param("issuingAuthority", "楚雄市人民法院")
                        .param("startDate", start.toString()).param("endDate", start.plusYears(3).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message",
                        org.hamcrest.Matchers.startsWith("已录入行业禁入：页面禁入（" + person.substring(0, 6) + "********")));
        String list = page(county, "/workforce/bans");
        assertThat(list).contains("页面禁入").contains(person.substring(0, 6) + "********" + person.substring(14)).contains("禁入期内")
                .doesNotContain(person);
        String verdict = mvc.perform(post("/workforce/bans/check").session(login("demo-institution", DEMO_PASSWORD)).with(csrf())
                .param("idNumber", person)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(verdict).contains("在行业禁入期内，不得从事养老服务工作。").contains("（2026）云2301刑初3号").doesNotContain(person)
                .doesNotContain("页面禁入");

        // hiring on the form is refused with the reason; the number is not sent back
        String form = mvc.perform(post("/workforce/staff").session(login("demo-institution", DEMO_PASSWORD)).with(csrf())
                        .param("name", "页面禁入").param("idNumber", person).param("role", "CARE_WORKER")
                        .param("startDate", LocalDate.now(clock()).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("不得录用：该人员").doesNotContain(person);

        long id = jdbc.sql("select id from industry_ban where source_document = '（2026）云2301刑初3号' and revoked_at is null "
                + "order by id desc limit 1").query(Long.class).single();
        mvc.perform(post("/workforce/bans/" + id + "/revoke").session(county).with(csrf()).param("reason", "误录"))
                .andExpect(flash().attribute("message",
                        "已撤销行业禁入：页面禁入（" + person.substring(0, 6) + "********" + person.substring(14) + "）。"));
        mvc.perform(post("/workforce/bans/" + id + "/revoke").session(login(supervisor("532302"), PASSWORD)).with(csrf())
                .param("reason", "误录")).andExpect(flash().attribute("error", "行业禁入记录不存在或不在您的管辖范围内。"));
    }

    @Test
    @DisplayName("WRK-1/WRK-2 pages: hire on the form, record training and a certificate on the employee's page, end the employment")
    void employeePages() throws Exception {
        String uscc = institution("demo-county", township("532301"), "NURSING_HOME", 40, 10);
        MockHttpSession s = login(institutionAccount("532301", uscc), PASSWORD);
        assertThat(page(s, "/workforce/staff/new")).contains("核查并录用").doesNotContain("机构统一社会信用代码</label>");
        String location = mvc.perform(post("/workforce/staff").session(s).with(csrf()).param("institution", uscc).param("name", "页面员工")
                        .param("idNumber", idNumber()).param("role", "CARE_WORKER").param("careLevel", "FIVE")
                        .param("startDate", LocalDate.now(clock()).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/trainings").session(s).with(csrf()).param("kind", "FIRE_SAFETY").param("hours", "6")
                .param("completedOn", LocalDate.now(clock()).toString())).andExpect(flash().attribute("message", "已登记培训。"));
        mvc.perform(post(location + "/certificates").session(s).with(csrf()).param("kind", "CARE_WORKER").param("level", "FIVE")
                .param("number", "S-001").param("issuer", "云南省养老护理职业技能评价中心")
                .param("issuedOn", LocalDate.now(clock()).minusDays(1).toString())).andExpect(flash().attribute("message", "已登记证书。"));
        mvc.perform(post(location + "/certificates").session(s).with(csrf()).param("kind", "NURSE").param("level", "FIVE")
                .param("number", "S-002").param("issuer", "x").param("issuedOn", LocalDate.now(clock()).toString()))
                .andExpect(flash().attribute("error", "只有养老护理员职业技能等级证书填写等级。"));
        String training = page(s, location + "/training");
        assertThat(training).contains("消防安全培训").contains("S-001").contains("五级/初级工").contains("有效").doesNotContain("S-002");
        mvc.perform(post(location + "/end").session(s).with(csrf()).param("endDate", LocalDate.now(clock()).toString())
                .param("reason", "个人原因")).andExpect(flash().attribute("message", "已办理离职。"));
        assertThat(page(s, location)).contains("已离职").contains("个人原因");
        assertThat(page(login("demo-county", DEMO_PASSWORD), "/workforce/figures")).contains("培训持证与人员配比：<span>楚雄市</span>").contains("合计");
    }

    @Test
    @DisplayName("Demo data: 夕阳红's staff for demo-institution, and the demo ban refuses hiring its person")
    void demoData() throws Exception {
        MockHttpSession institution = login("demo-institution", DEMO_PASSWORD);
        assertThat(page(institution, "/workforce/staff")).contains("李秀兰").contains("周美华").contains("养老护理员");
        assertThat(page(login("demo-county", DEMO_PASSWORD), "/workforce/bans")).contains("王某某").contains("楚雄市人民法院");
    }
}
