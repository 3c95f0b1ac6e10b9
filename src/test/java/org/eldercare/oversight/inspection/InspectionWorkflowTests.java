package org.eldercare.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.beans.factory.annotation.Autowired;

/** INS-1, INS-5: a checklist through to a signed, locked record with its PDF; duplicate photos; 转为隐患; the institution's view. */
@RecordApplicationEvents
class InspectionWorkflowTests extends InspectionFixtures {

    @Autowired
    ApplicationEvents events;
    private String supervisor;
    private long institutionId;
    private String uscc;
    private List<Long> inspectors;

    @BeforeEach
    void site() throws Exception {
        supervisor = supervisor(OWN);
        uscc = institution(supervisor, township(OWN), "NURSING_HOME", 60, 30);
        institutionId = institutionId(uscc);
        LocalDate valid = LocalDate.now(clock).plusYears(2);
        inspectors = List.of(inspector(supervisor, OWN, "张检查", valid), inspector(supervisor, OWN, "李检查", valid));
    }

    @Test
    @DisplayName("INS-5: a checklist is signed by both inspectors and the representative; the record is then locked (API and page, 409)")
    void signedRecordIsLocked() throws Exception {
        long task = task(supervisor, institutionId, "ROUTINE", LocalDate.now(clock).plusDays(10), inspectors);
        List<String> codes = checkEverything(supervisor, task);
        assertThat(codes).contains("GB38600-01", "GB38600-13");
        expect(201, photo(supervisor, task, codes.get(0), freshPhoto()));
        submitAndSign(supervisor, task);
        String view = expect(200, mvc.perform(get("/api/v1/inspections/" + task).with(as(supervisor))).andReturn().getResponse());
        assertThat((String) JsonPath.read(view, "$.state")).isEqualTo("COMPLETED");
        assertThat(events.stream(InspectionCompleted.class).filter(e -> e.taskId() == task)).singleElement().satisfies(e -> {
            assertThat(e.itemsFailed()).isEqualTo(1);
            assertThat(e.itemsChecked()).isEqualTo(codes.size());
            assertThat(e.kind()).isEqualTo("ROUTINE");
        });
        // the API refuses every change of the signed record
        assertThat(result(supervisor, task, codes.get(1), "NON_COMPLIANT").getStatus()).isEqualTo(409);
        assertThat(photo(supervisor, task, codes.get(1), freshPhoto()).getStatus()).isEqualTo(409);
        assertThat(mvc.perform(post("/api/v1/inspections/" + task + "/record/sign").with(as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"representativeName\":\"x\",\"inspectorOne\":\"" + SIGNATURE
                        + "\",\"inspectorTwo\":\"" + SIGNATURE + "\",\"representative\":\"" + SIGNATURE + "\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        // and so do the pages
        MockHttpSession session = login(supervisor, PASSWORD);
        assertThat(mvc.perform(post("/inspection/tasks/" + task + "/results").session(session).with(csrf()).param("itemCode", codes.get(1))
                .param("outcome", "NON_COMPLIANT")).andReturn().getResponse().getStatus()).isEqualTo(409);
        assertThat(mvc.perform(multipart("/inspection/tasks/" + task + "/photos").file(new MockMultipartFile("file", "a.jpg", "image/jpeg",
                freshPhoto())).param("itemCode", codes.get(1)).session(session).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(409);
        String record = expect(200, mvc.perform(get("/api/v1/inspections/" + task + "/record").with(as(supervisor))).andReturn().getResponse());
        assertThat((String) JsonPath.read(record, "$.results[1].outcome")).isEqualTo("COMPLIANT");
        assertThat((List<String>) JsonPath.read(record, "$.signers")).containsExactlyInAnyOrder("张检查", "李检查", "王院长");
        // a correction is a new record linked to the old one, which stays as signed
        String correction = expect(201, mvc.perform(post("/api/v1/inspections/" + task + "/record/corrections").with(as(supervisor)))
                .andReturn().getResponse());
        long oldId = id(record, "$.id");
        assertThat(id(correction, "$.correctsRecordId")).isEqualTo(oldId);
        expect(200, result(supervisor, task, codes.get(1), "NON_COMPLIANT"));
        assertThat(jdbc.sql("select outcome from inspection_result where inspection_record = ? and item_code = ?")
                .params(oldId, codes.get(1)).query(String.class).single()).isEqualTo("COMPLIANT");
    }

    @Test
    @DisplayName("INS-5: the 现场检查记录 PDF carries the institution's name, the items, the results and the signers")
    void recordPdf() throws Exception {
        long task = task(supervisor, institutionId, "COMPLAINT", null, inspectors);
        checkEverything(supervisor, task);
        submitAndSign(supervisor, task);
        byte[] pdf = mvc.perform(get("/api/v1/inspections/" + task + "/record.pdf").with(as(supervisor))).andReturn().getResponse()
                .getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p));
        }
        String name = jdbc.sql("select name from institution where id = ?").param(institutionId).query(String.class).single();
        assertThat(text.toString().replaceAll("\\s", "")).contains("现场检查记录", name, "防噎食", "不符合", "符合", "王院长", "张检查");
        // the page of the task offers the PDF and shows the lock
        String page = mvc.perform(get("/inspection/tasks/" + task).session(login(supervisor, PASSWORD))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("已签字锁定", "record.pdf");
    }

    @Test
    @DisplayName("INS-5: a photo whose bytes were already used in another record is flagged; the first use is not")
    void duplicatePhoto() throws Exception {
        long first = task(supervisor, institutionId, "COMPLAINT", null, inspectors);
        long second = task(supervisor, institutionId, "PATROL", null, inspectors);
        List<String> codes = checkEverything(supervisor, first);
        checkEverything(supervisor, second);
        byte[] bytes = freshPhoto();
        String one = expect(201, photo(supervisor, first, codes.get(0), bytes));
        String again = expect(201, photo(supervisor, first, codes.get(1), bytes));
        String other = expect(201, photo(supervisor, second, codes.get(0), bytes));
        assertThat((Boolean) JsonPath.read(one, "$.duplicate")).isFalse();
        assertThat((Boolean) JsonPath.read(again, "$.duplicate")).as("the same record may show a photo twice").isFalse();
        assertThat((Boolean) JsonPath.read(other, "$.duplicate")).isTrue();
        assertThat((String) JsonPath.read(other, "$.sha256")).isEqualTo(JsonPath.read(one, "$.sha256")).hasSize(64);
        assertThat((String) JsonPath.read(one, "$.uploadedAt")).isNotBlank();
    }

    @Test
    @DisplayName("INS-5: a 不符合 item turned into a hazard publishes FindingToHazard and is listed as 待转隐患")
    void findingToHazard() throws Exception {
        long task = task(supervisor, institutionId, "COMPLAINT", null, inspectors);
        List<String> codes = checkEverything(supervisor, task);
        byte[] bytes = freshPhoto();
        expect(201, photo(supervisor, task, codes.get(0), bytes));
        submitAndSign(supervisor, task);
        assertThat(mvc.perform(post("/api/v1/inspections/" + task + "/record/hazards").with(as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"itemCode\":\"" + codes.get(1) + "\"}")).andReturn().getResponse()
                .getStatus()).as("a 符合 item is no hazard").isEqualTo(400);
        String record = expect(200, mvc.perform(post("/api/v1/inspections/" + task + "/record/hazards").with(as(supervisor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"itemCode\":\"" + codes.get(0) + "\"}")).andReturn().getResponse());
        assertThat((Boolean) JsonPath.read(record, "$.results[0].pendingHazard")).isTrue();
        assertThat(events.stream(FindingToHazard.class).filter(e -> e.taskId() == task)).singleElement().satisfies(e -> {
            assertThat(e.itemCode()).isEqualTo(codes.get(0));
            assertThat(e.departmentCode()).isEqualTo("CIVIL_AFFAIRS");
            assertThat(e.uscc()).isEqualTo(uscc);
            assertThat(e.photoSha256()).hasSize(1);
        });
        assertThat(mvc.perform(get("/inspection/tasks/" + task).session(login(supervisor, PASSWORD))).andReturn().getResponse()
                .getContentAsString()).contains("待转隐患");
    }

    @Test
    @DisplayName("INS-1: the institution sees its announced inspection from the notice date on, and its result; not before")
    void institutionSeesAnnouncedInspections() throws Exception {
        String account = institutionAccount(OWN, uscc);
        LocalDate visit = LocalDate.now(clock).plusDays(21);
        long task = task(supervisor, institutionId, "ROUTINE", visit, inspectors);
        LocalDate notice = LocalDate.parse(JsonPath.read(expect(200, mvc.perform(get("/api/v1/inspections/" + task).with(as(supervisor)))
                .andReturn().getResponse()), "$.noticeOn"));
        assertThat(notice).isBefore(visit).isAfter(visit.minusDays(10));
        assertThat(mvc.perform(get("/api/v1/inspections/" + task).with(as(account))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(expect(200, mvc.perform(get("/api/v1/inspections").with(as(account))).andReturn().getResponse()))
                .doesNotContain("\"id\":" + task + ",");
        clock.setTo(notice.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        expect(200, mvc.perform(get("/api/v1/inspections/" + task).with(as(account))).andReturn().getResponse());
        assertThat(expect(200, mvc.perform(get("/api/v1/inspections").with(as(account))).andReturn().getResponse()))
                .contains("\"id\":" + task + ",");
        assertThat(mvc.perform(post("/api/v1/inspections/" + task + "/start").with(as(account))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
