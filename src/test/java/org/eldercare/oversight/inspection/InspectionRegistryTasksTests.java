package org.eldercare.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * REG-3 moved from the registry: an accepted initial filing and an unfiled institution found admitting residents each open a
 * 备案核查 task, due 20 working days later across holidays (the date the registry shows on the receipt and the discovery), with
 * the supervisors' to-do following it.
 */
class InspectionRegistryTasksTests extends InspectionFixtures {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Test
    @DisplayName("REG-3: a filing accepted on 25 September 2026 opens a 备案核查 task due 29 October (National Day), with its to-do")
    void filingOpensVerificationTask() throws Exception {
        clock.setTo(LocalDate.of(2026, 9, 25).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        String supervisor = supervisor(OWN);
        String uscc = institution(supervisor, township(OWN), "NURSING_HOME", 60, 30);
        long filing = id(expect(201, mvc.perform(post("/api/v1/institutions/" + uscc + "/filings").with(as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse()), "$.id");
        for (String m : new String[] {"REGISTRATION_CERTIFICATE", "SITE_PROOF"}) {
            expect(201, mvc.perform(multipart("/api/v1/filings/" + filing + "/attachments").file(new MockMultipartFile("file", "a.pdf",
                    "application/pdf", PDF)).param("material", m).with(as(supervisor))).andReturn().getResponse());
        }
        expect(200, mvc.perform(multipart("/api/v1/filings/" + filing + "/commitment/paper").param("signerName", "李四")
                .param("signerTitle", "院长").file(new MockMultipartFile("scan", "承诺书.pdf", "application/pdf", PDF)).with(as(supervisor)))
                .andReturn().getResponse());
        expect(200, mvc.perform(post("/api/v1/filings/" + filing + "/submit").with(as(supervisor))).andReturn().getResponse());
        String accepted = expect(200, mvc.perform(post("/api/v1/filings/" + filing + "/accept").with(as(supervisor))).andReturn().getResponse());
        assertThat((String) JsonPath.read(accepted, "$.filedDate")).isEqualTo("2026-09-25");

        Map<String, Object> task = awaitTask("registry.filing", String.valueOf(filing));
        assertThat(task.get("kind")).isEqualTo("FILING_VERIFICATION");
        assertThat(task.get("state")).isEqualTo("PENDING");
        assertThat(task.get("institution_id")).isEqualTo(institutionId(uscc));
        assertThat(((java.sql.Date) task.get("due_on")).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 29));
        long taskId = (Long) task.get("id");
        assertThat(openTodoDue(taskId)).isEqualTo(LocalDate.of(2026, 10, 29));
        String view = expect(200, mvc.perform(get("/api/v1/inspections/" + taskId).with(as(supervisor))).andReturn().getResponse());
        assertThat((String) JsonPath.read(view, "$.dueOn")).isEqualTo("2026-10-29");
        assertThat((String) JsonPath.read(view, "$.noticeOn")).as("a case check is unannounced").isNull();
        // the to-do follows the task: cancelling it completes the to-do
        expect(200, mvc.perform(post("/api/v1/inspections/" + taskId + "/cancel").with(as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"测试取消\"}")).andReturn().getResponse());
        assertThat(openTodoDue(taskId)).isNull();
    }

    @Test
    @DisplayName("REG-3: an unfiled institution found admitting residents on 27 September 2024 gets a task due 30 October, as the registry says")
    void discoveryOpensVerificationTask() throws Exception {
        String supervisor = supervisor(OWN);
        String uscc = institution(supervisor, township(OWN), "NURSING_HOME", 60, 30);
        String answer = expect(200, mvc.perform(post("/api/v1/institutions/" + uscc + "/unfiled-discovery").with(as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"discoveredOn\":\"2024-09-27\"}")).andReturn().getResponse());
        assertThat((String) JsonPath.read(answer, "$.inspectionDue")).isEqualTo("2024-10-30");
        Map<String, Object> task = awaitTask("registry.unfiled-discovery", institutionId(uscc) + ":2024-09-27");
        assertThat(((java.sql.Date) task.get("due_on")).toLocalDate()).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(openTodoDue((Long) task.get("id"))).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(jdbc.sql("select count(*) from todo_item where source_type = 'registry.unfiled-discovery' and source_id = ?")
                .param(String.valueOf(institutionId(uscc))).query(Long.class).single()).as("the registry makes no to-do any more").isZero();
    }

    private Map<String, Object> awaitTask(String sourceType, String sourceRef) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var row = jdbc.sql("select id, kind, state, institution_id, due_on from inspection_task where source_type = ? and source_ref = ?")
                    .params(sourceType, sourceRef).query().listOfRows();
            if (!row.isEmpty()) {
                return row.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no inspection task for " + sourceType + " " + sourceRef);
    }

    private LocalDate openTodoDue(long taskId) {
        return jdbc.sql("select due_date from todo_item where source_type = 'inspection.task' and source_id = ? and status = 'OPEN'")
                .param(String.valueOf(taskId)).query(LocalDate.class).optional().orElse(null);
    }
}
