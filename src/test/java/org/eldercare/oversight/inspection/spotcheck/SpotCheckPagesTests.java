package org.eldercare.oversight.inspection.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** INS-2/INS-4/INS-6 pages: plan form → draw → result page with verification and assignments; the public list; coverage. */
class SpotCheckPagesTests extends SpotCheckFixtures {

    @Test
    @DisplayName("INS-2: plan form, draw, verification and the assignment table on the pages; the public page lists the sites")
    void planDrawVerifyOnPages() throws Exception {
        String county = county();
        String township = township(county);
        String sup = supervisor(county);
        for (int i = 0; i < 4; i++) {
            site(township, "页面养老院" + township + "-" + i);
            inspector("页面检查员" + township + "-" + i, "CIVIL_AFFAIRS", county, null);
        }
        MockHttpSession session = login(sup, PASSWORD);
        assertThat(page(session, "/inspection/spot-checks/new")).contains("新建双随机抽查计划").contains("风险权重");
        String title = "页面计划" + township;
        String refused = mvc.perform(post("/inspection/spot-checks").session(session).with(csrf()).param("title", title)
                        .param("regionCode", county).param("items", "消防").param("windowStart", "2026-03-01")
                        .param("windowEnd", "2026-04-30").param("departments", "CIVIL_AFFAIRS"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请填写抽查比例或抽查数量（二者选其一）。");
        String location = mvc.perform(post("/inspection/spot-checks").session(session).with(csrf()).param("title", title)
                        .param("regionCode", county).param("items", "消防").param("count", "2").param("windowStart", "2026-03-01")
                        .param("windowEnd", "2026-04-30").param("departments", "CIVIL_AFFAIRS").param("weightComplaint", "2"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(session, "/inspection/spot-checks")).contains(title);
        assertThat(page(session, location)).contains("待抽取").contains("draw-button");
        mvc.perform(post(location + "/draw").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        String drawn = page(session, location);
        assertThat(drawn).contains("weighted-reservoir-v1").contains("assignment-table").contains("页面检查员").contains("已生成检查任务");
        var verified = mvc.perform(post(location + "/verify").session(session).with(csrf())).andReturn();
        assertThat(verified.getFlashMap().get("verification")).isNotNull();
        assertThat(((VerifyView) verified.getFlashMap().get("verification")).ok()).isTrue();
        String publicPage = mvc.perform(get("/public/spot-checks")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(publicPage).contains(title).contains("页面养老院").doesNotContain("页面检查员");
        assertThat(page(session, "/inspection/coverage?region=" + county)).contains("检查覆盖").contains("页面养老院");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
