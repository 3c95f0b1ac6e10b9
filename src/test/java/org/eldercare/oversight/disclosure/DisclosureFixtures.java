package org.eldercare.oversight.disclosure;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.eldercare.oversight.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Service sites for the disclosure tests, made by 楚雄市's supervisor (demo-county) through the registry's API, with the
 * personal data an archive holds (legal representative, contact person and mobile phone, an employee's ID number).
 */
public final class DisclosureFixtures {

    static final String TOWNSHIP = "532301101000";
    public static final String CONTACT_PHONE = "13812345678";
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] W = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int BASE = new Random().nextInt(5_000_000);
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
    private static final String[] MATERIALS = {"REGISTRATION_CERTIFICATE", "SITE_PROOF", "ORIGINAL_BUILDING_RECORDS",
        "RELOCATION_STATEMENT", "USE_CHANGE_STATEMENT", "ENVIRONMENTAL_APPROVAL"};
    private final MockMvc mvc;

    public DisclosureFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    public record Site(long id, String uscc, String name) {
    }

    /** A site in 鹿城镇, filed when {@code file}; its archive holds a mobile phone and names, its staff an ID number. */
    public Site site(String name, boolean file) throws Exception {
        String uscc = uscc("532301");
        String json = """
                {"uscc":"%s","name":"%s","legalForm":"NON_PROFIT","kind":"NURSING_HOME","address":"楚雄市鹿城镇公示路8号",
                 "regionCode":"%s","legalRepName":"钱法人","principalName":"孙院长","contactName":"赵联系","contactPhone":"%s",
                 "bedsTotal":80,"nursingBeds":50,"residents":30,"staff":12,"fireAcceptance":"PASSED","operatingStatus":"OPERATING"}"""
                .formatted(uscc, name, TOWNSHIP, CONTACT_PHONE);
        long id = id(asCounty(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content(json)), "$.id");
        asCounty(post("/api/v1/institutions/" + uscc + "/staff").contentType(MediaType.APPLICATION_JSON).content(
                "{\"name\":\"周护理\",\"idNumber\":\"" + idNumber() + "\",\"role\":\"CARE_WORKER\",\"startDate\":\"2025-01-01\"}"));
        if (file) {
            long filing = id(asCounty(post("/api/v1/institutions/" + uscc + "/filings").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"INITIAL\"}")), "$.id");
            for (String m : MATERIALS) {
                asCounty(multipart("/api/v1/filings/" + filing + "/attachments").file(new MockMultipartFile("file", m + ".pdf",
                        "application/pdf", PDF)).param("material", m));
            }
            asCounty(multipart("/api/v1/filings/" + filing + "/commitment/paper").file(new MockMultipartFile("scan", "承诺书.pdf",
                    "application/pdf", PDF)).param("signerName", "钱法人").param("signerTitle", "法定代表人"));
            asCounty(post("/api/v1/filings/" + filing + "/submit"));
            asCounty(post("/api/v1/filings/" + filing + "/accept"));
        }
        return new Site(id, uscc, name);
    }

    private String asCounty(AbstractMockHttpServletRequestBuilder<?> b) throws Exception {
        MvcResult r = mvc.perform(b.with(httpBasic("demo-county", IntegrationTest.DEMO_PASSWORD))).andReturn();
        if (r.getResponse().getStatus() >= 300) {
            throw new IllegalStateException(r.getRequest().getRequestURI() + " → " + r.getResponse().getStatus() + " "
                    + r.getResponse().getContentAsString());
        }
        return r.getResponse().getContentAsString();
    }

    static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    static String uscc(String county) {
        String first17 = "52" + county + String.format("MJ%07d", BASE + SEQ.incrementAndGet());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * W[i];
        }
        return first17 + CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** A valid 公民身份号码 (random birth date and order code). */
    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = "532301" + LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 40)).toString().replace("-", "")
                + String.format("%03d", r.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
