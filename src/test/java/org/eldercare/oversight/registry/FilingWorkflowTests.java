package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.IntegrationTest;
import org.eldercare.oversight.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

class FilingWorkflowTests extends FilingTestBase {

    private void refused(String path, String body, String detail) throws Exception {
        var req = post(path).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            req = req.content(body);
        }
        asCounty(req).andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(detail));
    }

    @Test
    @DisplayName("REG-2 filing: draft → submitted → filed with a receipt number per region and year; the commitment is published")
    void draftSubmitAccept() throws Exception {
        String uscc = createInstitution();
        long filing = submittedFiling(uscc);
        String json = asCounty(post("/api/v1/filings/" + filing + "/accept"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FILED"))
                .andReturn().getResponse().getContentAsString();
        String receipt = JsonPath.read(json, "$.receiptNo");
        assertThat(receipt).matches("楚民养备〔" + LocalDate.now().getYear() + "〕\\d{4}号");
        assertThat((List<?>) JsonPath.read(json, "$.transitions")).hasSize(3);
        assertThat((String) JsonPath.read(json, "$.transitions[2].by")).isEqualTo("demo-county");
        asCounty(get("/api/v1/institutions/" + uscc)).andExpect(jsonPath("$.filingStatus").value("FILED"));
        // the next filing in the same county gets the next number
        long second = submittedFiling(createInstitution());
        String next = JsonPath.read(asCounty(post("/api/v1/filings/" + second + "/accept")).andReturn().getResponse().getContentAsString(),
                "$.receiptNo");
        assertThat(Integer.parseInt(next.substring(next.indexOf('〕') + 1, next.indexOf('号'))))
                .isEqualTo(Integer.parseInt(receipt.substring(receipt.indexOf('〕') + 1, receipt.indexOf('号'))) + 1);
        // published, publicly, without login
        mvc.perform(get("/api/v1/public/commitments").param("region", "532301"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.uscc == '" + uscc + "')].receiptNo").value(receipt))
                .andExpect(jsonPath("$[?(@.uscc == '" + uscc + "')].signerName").value("李四"));
        mvc.perform(get("/api/v1/public/commitments").param("region", "320600"))
                .andExpect(jsonPath("$[?(@.uscc == '" + uscc + "')]").isEmpty());
    }

    @Test
    @DisplayName("REG-2 the public finds a published commitment by part of the name or by the code, without logging in")
    void publicSearchOfCommitments() throws Exception {
        String uscc = createInstitution();
        long filing = submittedFiling(uscc);
        asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk());
        String name = jdbc.sql("select name from institution where uscc = ?").param(uscc).query(String.class).single();
        String part = name.substring(name.length() - 8);
        mvc.perform(get("/api/v1/public/commitments").param("q", part))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].uscc").value(uscc));
        mvc.perform(get("/api/v1/public/commitments").param("q", uscc.toLowerCase()).param("region", "532300"))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].institutionName").value(name));
        mvc.perform(get("/api/v1/public/commitments").param("q", part).param("region", "532302"))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/public/commitments").param("q", "%")).andExpect(jsonPath("$.length()").value(0));
        String page = mvc.perform(get("/public/commitments").param("q", part)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the place filter offers the provinces, then each level below the chosen one (not the country's 3,000 counties at once)
        assertThat(page).contains(name).contains("共 1 家机构").contains("id=\"region-picker\"").contains("云南省")
                .doesNotContain("楚雄彝族自治州");
    }

    @Test
    @DisplayName("REG-2 filing: every refused transition is a Chinese error and changes nothing")
    void refusedTransitions() throws Exception {
        String uscc = createInstitution();
        long filing = draft(uscc, "{}");
        refused("/api/v1/filings/" + filing + "/accept", null, "备案当前为“草稿”，不能变为“已备案”。");
        refused("/api/v1/filings/" + filing + "/return", "{\"reason\":\"x\"}", "备案当前为“草稿”，不能变为“退回补正”。");
        refused("/api/v1/filings/" + filing + "/revoke", "{\"reason\":\"x\"}", "备案当前为“草稿”，不能变为“已撤销”。");
        // submission needs the commitment and the required materials
        asCounty(post("/api/v1/filings/" + filing + "/submit")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("提交前须由负责人签署书面信用承诺。"));
        asCounty(paperCommitment(filing, "李四", "院长")).andExpect(status().isOk());
        asCounty(post("/api/v1/filings/" + filing + "/submit")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("按楚雄彝族自治州备案材料清单，提交前还须上传：营业执照或登记证书、服务场所权属或租赁证明、"
                        + "房屋原始建设及竣工验收资料（可以房屋建筑结构安全性鉴定报告替代）、"
                        + "近期动迁计划说明（利用建筑面积1000㎡以下的独栋建筑或内部楼层改造的免于提交）、"
                        + "临时改变建筑使用功能说明（利用建筑面积1000㎡以下的独栋建筑或内部楼层改造的免于提交）、"
                        + "环评审批文件或备案回执（利用建筑面积1000㎡以下的独栋建筑或内部楼层改造的免于提交）。"));
        completeMaterials(filing);
        asCounty(post("/api/v1/filings/" + filing + "/submit")).andExpect(status().isOk());
        refused("/api/v1/filings/" + filing + "/submit", null, "备案当前为“已提交”，不能变为“已提交”。");
        refused("/api/v1/filings/" + filing + "/revoke", "{\"reason\":\"x\"}", "备案当前为“已提交”，不能变为“已撤销”。");
        // materials cannot change once submitted
        asCounty(multipart("/api/v1/filings/" + filing + "/attachments")
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", RegistryFixtures.PDF))
                .param("material", "OTHER")).andExpect(status().isConflict());
        // 退回补正 needs a reason; after it, resubmission works
        asCounty(post("/api/v1/filings/" + filing + "/return").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("退回补正须写明原因。"));
        asCounty(post("/api/v1/filings/" + filing + "/return").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"场所证明不清晰\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.returnReasons").value("场所证明不清晰"));
        refused("/api/v1/filings/" + filing + "/accept", null, "备案当前为“退回补正”，不能变为“已备案”。");
        asCounty(post("/api/v1/filings/" + filing + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk());
        refused("/api/v1/filings/" + filing + "/accept", null, "备案当前为“已备案”，不能变为“已备案”。");
        refused("/api/v1/filings/" + filing + "/return", "{\"reason\":\"x\"}", "备案当前为“已备案”，不能变为“退回补正”。");
        // 撤销 needs a reason, then is final
        asCounty(post("/api/v1/filings/" + filing + "/revoke").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("撤销备案须写明原因。"));
        asCounty(post("/api/v1/filings/" + filing + "/revoke").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"提供虚假材料\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
        refused("/api/v1/filings/" + filing + "/revoke", "{\"reason\":\"x\"}", "备案当前为“已撤销”，不能变为“已撤销”。");
        refused("/api/v1/filings/" + filing + "/submit", null, "备案当前为“已撤销”，不能变为“已提交”。");
        asCounty(get("/api/v1/institutions/" + uscc)).andExpect(jsonPath("$.filingStatus").value("REVOKED"));
        mvc.perform(get("/api/v1/public/commitments").param("region", "532301"))
                .andExpect(jsonPath("$[?(@.uscc == '" + uscc + "')]").isEmpty());
    }

    @Test
    @DisplayName("REG-2 change filing only for a filed institution; only one open filing at a time")
    void changeFiling() throws Exception {
        String uscc = createInstitution();
        asCounty(post("/api/v1/institutions/" + uscc + "/filings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CHANGE\",\"changeSummary\":\"床位增加\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("机构尚未备案，不能发起变更备案。"));
        long filing = submittedFiling(uscc);
        asCounty(post("/api/v1/institutions/" + uscc + "/filings").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该机构已有未办结的备案，请先办结再发起新的备案。"));
        asCounty(post("/api/v1/filings/" + filing + "/accept")).andExpect(status().isOk());
        asCounty(post("/api/v1/institutions/" + uscc + "/filings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INITIAL\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该机构已备案；信息有变化请发起变更备案。"));
        asCounty(post("/api/v1/institutions/" + uscc + "/filings").contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"CHANGE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("变更备案须写明变更事项。"));
        long change = draft(uscc, "{\"kind\":\"CHANGE\",\"changeSummary\":\"床位由100张增至120张\"}");
        completeMaterials(change);
        asCounty(post("/api/v1/filings/" + change + "/submit")).andExpect(status().isOk());
        asCounty(post("/api/v1/filings/" + change + "/accept")).andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("CHANGE"));
    }

    @Test
    @DisplayName("REG-3 late filing: submitted more than 10 working days after the first admission is flagged")
    void lateFilingFlag() throws Exception {
        String uscc = createInstitution();
        LocalDate today = LocalDate.now(clock);
        // a first admission whose 10-working-day deadline has already passed
        LocalDate longAgo = today.minusDays(40);
        long late = draft(uscc, "{\"firstAdmissionDate\":\"" + longAgo + "\"}");
        completeMaterials(late);
        asCounty(post("/api/v1/filings/" + late + "/submit")).andExpect(status().isOk())
                .andExpect(jsonPath("$.late").value(true))
                .andExpect(jsonPath("$.lateDeadline").value(calendar.deadline(longAgo, 10).deadline().toString()));
        asCounty(get("/api/v1/institutions").param("flag", "late").param("q", uscc)).andExpect(jsonPath("$.total").value(1));
        // admitted today: on time
        String other = createInstitution();
        long onTime = draft(other, "{\"firstAdmissionDate\":\"" + today + "\"}");
        completeMaterials(onTime);
        asCounty(post("/api/v1/filings/" + onTime + "/submit")).andExpect(jsonPath("$.late").value(false));
        asCounty(post("/api/v1/institutions/" + other + "/filings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstAdmissionDate\":\"" + today.plusDays(1) + "\"}")).andExpect(status().isConflict());
    }

    @Test
    @DisplayName("REG-2 attachments: PDF/JPG/PNG by content, at most 20 MB")
    void attachmentChecks() throws Exception {
        long filing = draft(createInstitution(), "{}");
        asCounty(multipart("/api/v1/filings/" + filing + "/attachments")
                .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "just text".getBytes())).param("material", "OTHER"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("材料须为PDF、JPG或PNG文件（按文件内容识别）。"));
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(RegistryFixtures.PDF, 0, big, 0, RegistryFixtures.PDF.length);
        asCounty(multipart("/api/v1/filings/" + filing + "/attachments")
                .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big)).param("material", "OTHER"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("单个材料不能超过20MB。"));
        asCounty(multipart("/api/v1/filings/" + filing + "/attachments")
                .file(new MockMultipartFile("file", "photo.png", "image/png", RegistryFixtures.PNG)).param("material", "SITE_PROOF"))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from filing_attachment where filing_id = ?").param(filing).query(Long.class).single())
                .isEqualTo(1);
    }
}
