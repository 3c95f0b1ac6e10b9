package org.eldercare.oversight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Region scope: a sibling county's supervisor gets 404 on every inspection endpoint that names a resource, and changes nothing. */
class InspectionScopeTests extends InspectionFixtures {

    @Test
    @DisplayName("INS-1 scope: a sibling county answers 404 on every task, record, inspector and template endpoint; nothing changes")
    void siblingCountyGets404() throws Exception {
        String own = supervisor(OWN);
        long institution = institutionId(institution(own, township(OWN), "NURSING_HOME", 40, 10));
        LocalDate valid = LocalDate.now(clock).plusYears(1);
        long a = inspector(own, OWN, "王甲", valid);
        long b = inspector(own, OWN, "王乙", valid);
        long task = task(own, institution, "COMPLAINT", null, List.of(a, b));
        long template = id(expect(201, mvc.perform(post("/api/v1/check-templates").with(as(own)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"TH_SCOPE\",\"name\":\"通海专项\",\"itemCodes\":[\"GB38600-01\"]}")).andReturn().getResponse()), "$.id");
        String sibling = supervisor(SIBLING);
        MockHttpSession session = login(sibling, PASSWORD);
        String json = MediaType.APPLICATION_JSON_VALUE;
        String t = "/api/v1/inspections/" + task;
        String p = "/inspection/tasks/" + task;
        List<AbstractMockHttpServletRequestBuilder<?>> api = List.of(get(t), get(t + "/record"), get(t + "/record.pdf"),
                post(t + "/inspectors").contentType(json).content("{\"inspectorIds\":[" + a + "," + b + "]}"),
                post(t + "/cancel").contentType(json).content("{\"reason\":\"x\"}"), post(t + "/start"), post(t + "/submit"),
                post(t + "/resume").contentType(json).content("{\"reason\":\"x\"}"),
                put(t + "/record/results").contentType(json).content("{\"itemCode\":\"GB38600-01\",\"outcome\":\"COMPLIANT\"}"),
                post(t + "/record/sign").contentType(json).content("{}"), post(t + "/record/corrections"),
                post(t + "/record/hazards").contentType(json).content("{\"itemCode\":\"GB38600-01\"}"),
                multipart(t + "/record/photos").file(new MockMultipartFile("file", "a.jpg", "image/jpeg", freshPhoto())).param("itemCode", "x"),
                get("/api/v1/inspectors/" + a), put("/api/v1/inspectors/" + a).contentType(json).content("""
                        {"name":"x","department":"CIVIL_AFFAIRS","regionCode":"%s","credentialNo":"x","credentialValidUntil":"2030-01-01"}"""
                        .formatted(SIBLING)),
                post("/api/v1/inspectors/" + a + "/conflicts").contentType(json).content("{\"institutionId\":1,\"reason\":\"x\"}"),
                get("/api/v1/check-templates/" + template));
        List<String> wrong = new ArrayList<>();
        for (AbstractMockHttpServletRequestBuilder<?> r : api) {
            int status = mvc.perform(r.with(as(sibling))).andReturn().getResponse().getStatus();
            if (status != 404) {
                wrong.add(r.buildRequest(null).getMethod() + " " + r.buildRequest(null).getRequestURI() + " → " + status);
            }
        }
        List<AbstractMockHttpServletRequestBuilder<?>> pages = List.of(get(p), get(p + "/checklist"), get(p + "/sign"), get(p + "/record.pdf"),
                post(p + "/inspectors").param("inspectorIds", String.valueOf(a)), post(p + "/cancel").param("reason", "x"), post(p + "/start"),
                post(p + "/results").param("itemCode", "GB38600-01").param("outcome", "COMPLIANT"), post(p + "/submit"),
                post(p + "/resume").param("reason", "x"), post(p + "/sign"), post(p + "/corrections"),
                post(p + "/hazards").param("itemCode", "GB38600-01"),
                multipart(p + "/photos").file(new MockMultipartFile("file", "a.jpg", "image/jpeg", freshPhoto())).param("itemCode", "x"),
                post("/inspection/inspectors/" + a + "/conflicts").param("institutionId", "1").param("reason", "x"));
        for (AbstractMockHttpServletRequestBuilder<?> r : pages) {
            var result = mvc.perform(r.session(session).with(csrf())).andReturn();
            var response = result.getResponse();
            // a page post refuses with the 404 page, or redirects with the Chinese reason (PagePosts) to a page it may see
            boolean refused = response.getStatus() == 404 || (response.getStatus() == 302 && String.valueOf(result.getFlashMap().get("error"))
                    .contains("不存在或不在您的辖区内"));
            if (!refused) {
                wrong.add("page " + r.buildRequest(null).getMethod() + " " + r.buildRequest(null).getRequestURI() + " → " + response.getStatus());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(jdbc.sql("select state from inspection_task where id = ?").param(task).query(String.class).single()).isEqualTo("PENDING");
        assertThat(jdbc.sql("select count(*) from inspector_conflict where inspector_id = ?").param(a).query(Long.class).single()).isZero();
        // and the lists show none of the own county's rows
        assertThat(mvc.perform(get("/api/v1/inspections").with(as(sibling))).andReturn().getResponse().getContentAsString())
                .doesNotContain("\"id\":" + task + ",");
        assertThat(mvc.perform(get("/api/v1/inspectors").with(as(sibling))).andReturn().getResponse().getContentAsString())
                .doesNotContain("王甲");
    }
}
