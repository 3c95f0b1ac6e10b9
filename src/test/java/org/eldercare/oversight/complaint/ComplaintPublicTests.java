package org.eldercare.oversight.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/** CMP-1 public side: tracking without login, nothing personal on any public page, rate limits, attachments checked by content. */
class ComplaintPublicTests extends ComplaintFixtures {

    private static final String PHONE = "13987654321";
    private static final String ID_NUMBER = "520302195501011236";

    @Test
    @DisplayName("CMP-1: tracking by code and the phone's last four digits works without login; a wrong pair is refused alike")
    void trackingByCode() throws Exception {
        String code = registered("SERVICE", unique("查询投诉"), PHONE);
        String address = newAddress();
        MockHttpServletResponse ok = track(code, "4321", address);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(ok.getContentAsString(), "$.state")).isEqualTo("已登记");
        MockHttpServletResponse wrongTail = track(code, "1234", address);
        MockHttpServletResponse wrongCode = track("260101ZZZZZZZZ", "4321", address);
        assertThat(wrongTail.getStatus()).isEqualTo(404);
        assertThat(wrongCode.getStatus()).isEqualTo(404);
        String detail = JsonPath.read(wrongTail.getContentAsString(), "$.detail");
        assertThat(detail).isEqualTo(JsonPath.read(wrongCode.getContentAsString(), "$.detail")).contains("查询码或手机号后四位");
    }

    @Test
    @DisplayName("CMP-1: an anonymous complaint without a phone is tracked with the query PIN issued once")
    void anonymousWithPin() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/public/complaints").with(from(newAddress()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"category":"OTHER","address":"汇川区某日间照料中心","regionCode":"%s","summary":"%s","content":"收费不透明",
                         "anonymous":true}""".formatted(SIBLING, unique("匿名投诉")))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(201);
        String pin = JsonPath.read(r.getContentAsString(), "$.pin");
        assertThat(pin).matches("\\d{4}");
        assertThat(track(JsonPath.read(r.getContentAsString(), "$.trackingCode"), pin, newAddress()).getStatus()).isEqualTo(200);
    }

    @Test
    @DisplayName("CMP-1: no public complaint page ever shows a phone number or an ID number")
    void publicPagesShowNoPersonalData() throws Exception {
        String address = newAddress();
        List<String> pages = new ArrayList<>();
        pages.add(page(mvc.perform(get("/public/complaints/new").with(from(address))).andReturn().getResponse()));
        pages.add(page(mvc.perform(get("/public/complaints/track").with(from(address))).andReturn().getResponse()));
        MockHttpServletResponse submitted = mvc.perform(multipart("/public/complaints").with(csrf()).with(from(address))
                .param("category", "ABUSE").param("address", "红花岗区某养老院").param("regionCode", COUNTY)
                .param("summary", unique("页面投诉")).param("content", "请回电" + PHONE + "，身份证" + ID_NUMBER)
                .param("name", "李大爷").param("phone", PHONE)).andReturn().getResponse();
        pages.add(page(submitted));
        String code = submitted.getContentAsString().replaceAll("(?s).*id=\"tracking-code\">([0-9A-Z]+)<.*", "$1");
        long id = idOf(code);
        jdbc.sql("update complaint set answer = ? where id = ?").params("已核实，联系电话" + PHONE + "，身份证" + ID_NUMBER, id).update();
        MockHttpServletResponse tracked = mvc.perform(post("/public/complaints/track").with(csrf()).with(from(address))
                .param("trackingCode", code).param("phoneTail", "4321")).andReturn().getResponse();
        assertThat(tracked.getContentAsString()).contains("已核实");
        pages.add(page(tracked));
        pages.add(track(code, "4321", address).getContentAsString());
        pages.add(page(mvc.perform(post("/public/complaints").with(csrf()).with(from(address)).param("category", "ABUSE")
                .param("phone", PHONE).param("name", "李大爷")).andReturn().getResponse()));
        for (String p : pages) {
            assertThat(p).doesNotContainPattern("(?<!\\d)1[3-9]\\d{9}(?!\\d)").doesNotContainPattern("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])")
                    .doesNotContain("李大爷");
        }
    }

    @Test
    @DisplayName("CMP-1: public endpoints answer 429 with a Chinese problem past their rate limit per address")
    void rateLimited() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(track("260101ZZZZZZZZ", "0000", address).getStatus()).isEqualTo(404);
        }
        MockHttpServletResponse throttled = track("260101ZZZZZZZZ", "0000", address);
        assertThat(throttled.getStatus()).isEqualTo(429);
        assertThat(throttled.getContentAsString()).contains("过于频繁");
        assertThat(track("260101ZZZZZZZZ", "0000", newAddress()).getStatus()).isEqualTo(404);
        String submitter = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(submit("SERVICE", unique("限流"), null, submitter).getStatus()).isEqualTo(201);
        }
        assertThat(submit("SERVICE", unique("限流"), null, submitter).getStatus()).isEqualTo(429);
        assertThat(mvc.perform(post("/public/complaints/track").with(csrf()).with(from(address)).param("trackingCode", "X")
                .param("phoneTail", "1")).andReturn().getResponse().getStatus()).isEqualTo(429);
    }

    @Test
    @DisplayName("CMP-1: an attachment is accepted by its content (PDF), a text file named .jpg is refused and nothing is saved")
    void attachmentsCheckedByContent() throws Exception {
        String summary = unique("附件投诉");
        MockHttpServletResponse refused = mvc.perform(multipart("/public/complaints").file(new MockMultipartFile("files", "photo.jpg",
                        "image/jpeg", "not an image".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(from(newAddress()))
                .param("category", "SERVICE").param("address", "红花岗区某养老院").param("regionCode", COUNTY).param("summary", summary)
                .param("content", "见附件")).andReturn().getResponse();
        assertThat(refused.getContentAsString()).contains("不是JPG、PNG图片或PDF文件");
        assertThat(jdbc.sql("select count(*) from complaint where summary = ?").param(summary).query(Integer.class).single()).isZero();
        MockHttpServletResponse ok = mvc.perform(multipart("/public/complaints").file(new MockMultipartFile("files", "材料.pdf",
                        "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII))).with(csrf()).with(from(newAddress()))
                .param("category", "SERVICE").param("address", "红花岗区某养老院").param("regionCode", COUNTY).param("summary", summary)
                .param("content", "见附件")).andReturn().getResponse();
        assertThat(ok.getContentAsString()).contains("tracking-code");
        assertThat(jdbc.sql("select a.media_type from complaint_attachment a join complaint c on c.id = a.complaint_id where c.summary = ?")
                .param(summary).query(String.class).single()).isEqualTo("application/pdf");
    }

    private MockHttpServletResponse track(String code, String tail, String address) throws Exception {
        return mvc.perform(post("/api/v1/public/complaints/track").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"trackingCode\":\"" + code + "\",\"phoneTail\":\"" + tail + "\"}")).andReturn().getResponse();
    }

    private static String page(MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).isLessThan(500);
        return r.getContentAsString();
    }
}
