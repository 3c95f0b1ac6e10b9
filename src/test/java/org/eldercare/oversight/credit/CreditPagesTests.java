package org.eldercare.oversight.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** CRD-3 through the pages: propose from the code's page, the supervisors' list by state, the procedure's next-step forms. */
class CreditPagesTests extends IntegrationTest {

    @Test
    @DisplayName("CRD-3: a supervisor proposes on the code's page, finds it under 拟列入, serves the notice; a refused step says why")
    void procedureThroughThePages() throws Exception {
        String supervisor = createUser("crd-page", CreditFixtures.COUNTY, Set.of(Role.SUPERVISOR), DEMO_PASSWORD);
        String uscc = CreditFixtures.uscc();
        String name = "大理页面测试养老院" + unique("");
        CreditFixtures.institution(mvc, supervisor, DEMO_PASSWORD, uscc, name, CreditFixtures.TOWNSHIP);
        MockHttpSession session = login(supervisor, DEMO_PASSWORD);
        mvc.perform(get("/credit").param("uscc", uscc.toLowerCase()).session(session)).andExpect(redirectedUrl("/credit/codes/" + uscc));
        mvc.perform(post("/credit/listings").session(session).with(csrf()).param("uscc", uscc).param("listKind", "CLOSE_WATCH")
                        .param("condition", "OBSTRUCTED_SUPERVISION").param("grounds", "拒不接受监督检查"))
                .andExpect(redirectedUrl("/credit/codes/" + uscc)).andExpect(flash().attributeExists("message"));
        long id = jdbc.sql("select id from credit_listing where uscc = ?").param(uscc).query(Long.class).single();
        String list = mvc.perform(get("/credit/listings").param("status", "PROPOSED").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(name);
        mvc.perform(post("/credit/listings/" + id + "/steps").session(session).with(csrf()).param("step", "decision")
                        .param("yes", "true").param("reason", "r"))
                .andExpect(redirectedUrl("/credit/listings/" + id))
                .andExpect(flash().attribute("error", "当前状态为“拟列入（待告知）”，不能办理“已决定列入（待公布）”。"));
        mvc.perform(post("/credit/listings/" + id + "/steps").session(session).with(csrf()).param("step", "notice")
                        .param("day", "2024-09-27").param("text", "直接送达"))
                .andExpect(flash().attributeExists("message"));
        String page = mvc.perform(get("/credit/listings/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("陈述申辩截止 2024-10-10").contains("登记陈述申辩").contains(supervisor);
    }
}
