package org.eldercare.oversight.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.eldercare.oversight.complaint.handling.FeedbackWarnings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** CMP-1: the 5-working-day feedback deadline, its warning, the overdue on the right county's workbench, the department's objection. */
class ComplaintDeadlineTests extends ComplaintFixtures {

    /** Wednesday before the National Day holiday (2026-10-01 … 10-07 off, Saturday 10-10 a make-up working day). */
    private static final LocalDate BEFORE_HOLIDAY = LocalDate.of(2026, 9, 30);
    @Autowired
    FeedbackWarnings warnings;

    @Test
    @DisplayName("CMP-1: feedback is due 5 working days after registration, counted across the National Day holiday")
    void deadlineAcrossHoliday() throws Exception {
        today(BEFORE_HOLIDAY);
        MockHttpServletResponse r = submit("SERVICE", unique("国庆前投诉"), "13900001111", newAddress());
        assertThat(r.getStatus()).isEqualTo(201);
        // 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.feedbackDue")).isEqualTo("2026-10-13");
        long id = idOf(JsonPath.read(r.getContentAsString(), "$.trackingCode"));
        assertThat(jdbc.sql("select due_date from todo_item where source_type = 'complaint.feedback' and source_id = ?")
                .param(String.valueOf(id)).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(jdbc.sql("select due_date from tracked_deadline where source_type = 'complaint.feedback' and source_id = ?")
                .param(String.valueOf(id)).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    @DisplayName("CMP-1: the warning comes on the last working day before the feedback deadline, not earlier")
    void warningTheDayBefore() throws Exception {
        today(BEFORE_HOLIDAY);
        String id = String.valueOf(idOf(registered("SERVICE", unique("预警投诉"), "13900002222")));
        today(LocalDate.of(2026, 10, 10));
        warnings.run();
        assertThat(warning(id)).isZero();
        today(LocalDate.of(2026, 10, 12));
        warnings.run();
        assertThat(warning(id)).isEqualTo(1);
    }

    @Test
    @DisplayName("CMP-1: an overdue feedback shows on the workbench of the complaint's county, not on the sibling county's")
    void overdueOnTheRightWorkbench() throws Exception {
        String mine = supervisor(COUNTY);
        String sibling = supervisor(SIBLING);
        today(BEFORE_HOLIDAY);
        String summary = unique("逾期投诉");
        registered("SERVICE", summary, "13900003333");
        today(LocalDate.of(2026, 10, 14));
        String own = mvc.perform(get("/").session(login(mine, PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("投诉待反馈：" + summary);
        String row = own.substring(own.indexOf(summary), own.indexOf("</tr>", own.indexOf(summary)));
        assertThat(row).contains("已逾期");
        String other = mvc.perform(get("/").session(login(sibling, PASSWORD))).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain(summary);
    }

    @Test
    @DisplayName("CMP-1: the liaison objects within 5 working days and the complaint returns to the bureau; later it is refused")
    void objectionWithinFiveWorkingDays() throws Exception {
        String liaison = liaison(COUNTY);
        today(BEFORE_HOLIDAY);
        long inTime = idOf(registered("FIRE", unique("消防投诉"), "13900004444"));
        long late = idOf(registered("FIRE", unique("消防投诉迟"), "13900005555"));
        assertThat(jdbc.sql("select department_code from complaint where id = ?").param(inTime).query(String.class).single())
                .isEqualTo("FIRE_RESCUE");
        assertThat(openTodo("complaint.referral", inTime)).isEqualTo(1);
        today(LocalDate.of(2026, 10, 13));
        MockHttpServletResponse ok = mvc.perform(post("/api/v1/complaints/" + inTime + "/object").with(as(liaison))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"属民政部门监管的服务质量问题\"}")).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(ok.getContentAsString(), "$.departmentCode")).isNull();
        assertThat(openTodo("complaint.referral", inTime)).isZero();
        today(LocalDate.of(2026, 10, 14));
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/complaints/" + late + "/object").with(as(liaison))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"迟到的异议\"}")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("异议期限已于 2026-10-13 届满");
    }

    private int warning(String id) {
        return jdbc.sql("select count(*) from todo_item where source_type = 'complaint.feedback-warning' and source_id = ?")
                .param(id).query(Integer.class).single();
    }

    private int openTodo(String type, long id) {
        return jdbc.sql("select count(*) from todo_item where source_type = ? and source_id = ? and status = 'OPEN'")
                .params(type, String.valueOf(id)).query(Integer.class).single();
    }
}
