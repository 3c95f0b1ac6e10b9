package org.eldercare.oversight.inspection;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.workforce.WorkforceFixtures;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * What the inspection tests build through the API, in counties of 玉溪 no other test uses (通海县 as the own county, 华宁县 as
 * its sibling), each test in townships of its own: inspectors, tasks, a checklist filled in and signed.
 */
public abstract class InspectionFixtures extends WorkforceFixtures {

    protected static final String OWN = "530423";
    protected static final String SIBLING = "530424";
    /** A small PNG with a stroke, as a signature drawn on screen and posted as a data URL. */
    protected static final String SIGNATURE = "data:image/png;base64," + Base64.getEncoder().encodeToString(png());

    /** A real PNG image of 60×20 pixels with a line on it. */
    public static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 20, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.drawLine(2, 15, 57, 4);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    protected long inspector(String supervisor, String region, String name, LocalDate validUntil) throws Exception {
        String credential = "ZF" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String json = expect(201, mvc.perform(post("/api/v1/inspectors").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"%s","department":"CIVIL_AFFAIRS","regionCode":"%s","credentialNo":"%s","credentialValidUntil":"%s"}"""
                        .formatted(name, region, credential, validUntil))).andReturn().getResponse());
        return id(json, "$.id");
    }

    /** Opens a task through the API as the supervisor; its id. */
    protected long task(String supervisor, long institutionId, String kind, LocalDate visitOn, List<Long> inspectors) throws Exception {
        String ids = String.join(",", inspectors.stream().map(String::valueOf).toList());
        String json = expect(201, mvc.perform(post("/api/v1/inspections").with(as(supervisor)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind":"%s","institutionId":%d,"visitOn":%s,"dueWorkingDays":20,"inspectorIds":[%s],"reason":"测试"}"""
                        .formatted(kind, institutionId, visitOn == null ? "null" : "\"" + visitOn + "\"", ids)))
                .andReturn().getResponse());
        return id(json, "$.id");
    }

    /** Starts the task and sets every item's result (the first 不符合, the others 符合); the record's item codes. */
    protected List<String> checkEverything(String by, long taskId) throws Exception {
        String record = expect(200, mvc.perform(post("/api/v1/inspections/" + taskId + "/start").with(as(by))).andReturn().getResponse());
        List<String> codes = JsonPath.read(record, "$.results[*].itemCode");
        for (int i = 0; i < codes.size(); i++) {
            expect(200, result(by, taskId, codes.get(i), i == 0 ? "NON_COMPLIANT" : "COMPLIANT"));
        }
        return codes;
    }

    protected org.springframework.mock.web.MockHttpServletResponse result(String by, long taskId, String code, String outcome)
            throws Exception {
        return mvc.perform(put("/api/v1/inspections/" + taskId + "/record/results").with(as(by)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemCode\":\"" + code + "\",\"outcome\":\"" + outcome + "\",\"note\":\"现场查看\"}")).andReturn().getResponse();
    }

    protected org.springframework.mock.web.MockHttpServletResponse photo(String by, long taskId, String code, byte[] bytes)
            throws Exception {
        return mvc.perform(multipart("/api/v1/inspections/" + taskId + "/record/photos").file(new MockMultipartFile("file", "现场.jpg",
                "image/jpeg", bytes)).param("itemCode", code).with(as(by))).andReturn().getResponse();
    }

    protected void submitAndSign(String by, long taskId) throws Exception {
        expect(200, mvc.perform(post("/api/v1/inspections/" + taskId + "/submit").with(as(by))).andReturn().getResponse());
        expect(200, mvc.perform(post("/api/v1/inspections/" + taskId + "/record/sign").with(as(by)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"representativeName":"王院长","inspectorOne":"%s","inspectorTwo":"%s","representative":"%s"}"""
                        .formatted(SIGNATURE, SIGNATURE, SIGNATURE))).andReturn().getResponse());
    }

    protected static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    /** Random photo bytes no other record has. */
    protected static byte[] freshPhoto() {
        byte[] b = new byte[64];
        ThreadLocalRandom.current().nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        return b;
    }
}
