package org.eldercare.oversight.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.eldercare.oversight.complaint.ComplaintConcluded;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;

/** CMP-1 handling through the API and pages: the whole path, region scope, the officers' intake and the 12345 import. */
@RecordApplicationEvents
class ComplaintHandlingTests extends ComplaintFixtures {

    @Autowired
    ApplicationEvents events;

    @Test
    @DisplayName("CMP-1: the county bureau accepts, handles, answers and concludes a complaint; the complainant sees each step")
    void wholePath() throws Exception {
        String sup = supervisor(COUNTY);
        String code = registered("SERVICE", unique("全程投诉"), "13911112222");
        long id = idOf(code);
        step(sup, id, "accept", "{}", 200);
        step(sup, id, "start", "{}", 200);
        step(sup, id, "extend", "{\"days\":31,\"reason\":\"复杂\"}", 400);
        step(sup, id, "extend", "{\"days\":20,\"reason\":\"需联合核查\"}", 200);
        step(sup, id, "answer", "{\"answer\":\"经核查属实，已责令整改\",\"upheld\":true}", 200);
        MockHttpServletResponse done = step(sup, id, "conclude", "{\"satisfaction\":\"SATISFIED\",\"visitNote\":\"电话回访\"}", 200);
        assertThat((String) JsonPath.read(done.getContentAsString(), "$.stateLabel")).isEqualTo("已办结");
        assertThat(events.stream(ComplaintConcluded.class).filter(e -> e.complaintId() == id))
                .singleElement().satisfies(e -> assertThat(e.upheld()).isTrue());
        MockHttpServletResponse tracked = mvc.perform(post("/api/v1/public/complaints/track").with(from(newAddress()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"trackingCode\":\"" + code + "\",\"phoneTail\":\"2222\"}"))
                .andReturn().getResponse();
        assertThat(tracked.getContentAsString()).contains("已办结", "已责令整改", "满意");
        String page = mvc.perform(get("/complaints/" + id).session(login(sup, PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已办结", "139****2222").doesNotContain("13911112222");
    }

    @Test
    @DisplayName("CMP-1: a supervisor of the sibling county gets 404 for the complaint and does not see it listed")
    void siblingCountyIs404() throws Exception {
        String sibling = supervisor(SIBLING);
        String summary = unique("范围投诉");
        long id = idOf(registered("SERVICE", summary, null));
        assertThat(mvc.perform(get("/api/v1/complaints/" + id).with(as(sibling))).andReturn().getResponse().getStatus()).isEqualTo(404);
        step(sibling, id, "accept", "{}", 404);
        assertThat(mvc.perform(get("/complaints").session(login(sibling, PASSWORD))).andReturn().getResponse().getContentAsString())
                .doesNotContain(summary);
        String own = supervisor(COUNTY);
        assertThat(mvc.perform(get("/complaints").session(login(own, PASSWORD))).andReturn().getResponse().getContentAsString())
                .contains(summary);
    }

    @Test
    @DisplayName("CMP-1: an officer registers a hotline complaint; contact data are stored encrypted and shown masked")
    void officerIntake() throws Exception {
        String sup = supervisor(COUNTY);
        MockHttpSession session = login(sup, PASSWORD);
        String summary = unique("热线投诉");
        mvc.perform(post("/complaints").session(session).with(csrf()).param("channel", "HOTLINE").param("category", "FOOD")
                .param("address", "红花岗区某老年食堂").param("regionCode", COUNTY).param("summary", summary).param("content", "饭菜变质")
                .param("name", "赵六").param("phone", "13722223333")).andReturn();
        var row = jdbc.sql("select id, phone_enc, phone_masked, name_masked, department_code from complaint where summary = ?")
                .param(summary).query().singleRow();
        assertThat((String) row.get("phone_enc")).doesNotContain("13722223333");
        assertThat(row.get("phone_masked")).isEqualTo("137****3333");
        assertThat(row.get("name_masked")).isEqualTo("赵*");
        assertThat(row.get("department_code")).isEqualTo("MARKET_REGULATION");
    }

    @Test
    @DisplayName("CMP-1: a 12345 file with a bad row imports nothing and names the bad rows' line numbers")
    void workOrderImportAllOrNothing() throws Exception {
        String sup = supervisor(COUNTY);
        String a = unique("GD");
        String b = unique("GD");
        String csv = "工单编号,诉求分类,被投诉机构ID,地址,区划代码,诉求摘要,诉求内容,来电人,联系电话\n"
                + a + ",服务质量,,红花岗区某养老院," + COUNTY + ",护理不到位,老人反映护理不到位,张三,13800001111\n"
                + b + ",不存在的类别,,红花岗区某养老院," + COUNTY + ",收费问题,乱收费,,\n";
        MockHttpSession session = login(sup, PASSWORD);
        String refused = mvc.perform(multipart("/complaints/import").file(new MockMultipartFile("file", "12345.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("第3行", "诉求分类");
        assertThat(jdbc.sql("select count(*) from complaint where work_order_no in (?, ?)").params(a, b).query(Integer.class).single())
                .isZero();
        String fixed = csv.replace("不存在的类别", "收费价格");
        String done = mvc.perform(multipart("/complaints/import").file(new MockMultipartFile("file", "12345.csv", "text/csv",
                fixed.getBytes(StandardCharsets.UTF_8))).session(session).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("已导入 <span>2</span> 件");
        assertThat(jdbc.sql("select channel from complaint where work_order_no = ?").param(b).query(String.class).single())
                .isEqualTo("TRANSFER_12345");
    }

    private MockHttpServletResponse step(String user, long id, String action, String body, int expected) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/complaints/" + id + "/" + action).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(r.getStatus()).as(action + " " + r.getContentAsString()).isEqualTo(expected);
        return r;
    }
}
