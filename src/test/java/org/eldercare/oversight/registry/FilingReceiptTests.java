package org.eldercare.oversight.registry;

import org.eldercare.oversight.registry.archive.InstitutionView;
import org.eldercare.oversight.registry.filing.FilingReceipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eldercare.oversight.common.Formats;
import org.eldercare.oversight.common.PdfDocuments;
import org.eldercare.oversight.identity.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.thymeleaf.ITemplateEngine;

/** REG-2 the printable 备案回执: what it states, who may print it, and that Chinese text survives with or without a system CJK font. */
class FilingReceiptTests extends FilingTestBase {

    @Autowired
    ITemplateEngine templates;
    @Autowired
    Formats formats;
    @Autowired
    PdfDocuments pdf;

    /** The text a reader sees, whichever font the machine gave the document. */
    static String shownText(byte[] pdf) throws Exception {
        return new String(pdf, StandardCharsets.ISO_8859_1).contains("STSong-Light") ? ucs2Text(pdf) : text(pdf);
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder sb = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            sb.append(extractor.getTextFromPage(page));
        }
        return sb.toString().replaceAll("\\s+", "");
    }

    /**
     * The text shown with the STSong-Light fallback: its predefined CMap UniGB-UCS2-H means every string operand of the
     * page content is UCS-2 (UTF-16BE) text, which OpenPDF's extractor does not decode.
     */
    private static String ucs2Text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder sb = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            byte[] c = reader.getPageContent(page);
            ByteArrayOutputStream operand = null;
            for (int i = 0; i < c.length; i++) {
                int b = c[i] & 0xff;
                if (operand == null) {
                    if (b == '(') {
                        operand = new ByteArrayOutputStream();
                    }
                } else if (b == ')') {
                    sb.append(new String(operand.toByteArray(), StandardCharsets.UTF_16BE));
                    operand = null;
                } else if (b == '\\') {
                    int n = c[++i] & 0xff;
                    if (n >= '0' && n <= '7') {
                        int v = n - '0';
                        for (int k = 0; k < 2 && i + 1 < c.length && c[i + 1] >= '0' && c[i + 1] <= '7'; k++) {
                            v = v * 8 + (c[++i] - '0');
                        }
                        operand.write(v);
                    } else {
                        operand.write(switch (n) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> n;
                        });
                    }
                } else {
                    operand.write(b);
                }
            }
        }
        return sb.toString().replaceAll("\\s+", "");
    }

    @Test
    @DisplayName("REG-2/REG-3 an accepted filing prints a 备案回执 with its number, the institution, the authority"
            + " and the on-site inspection deadline")
    void receiptOfAnAcceptedFiling() throws Exception {
        // accepted on Friday 25 September 2026: 20 working days across National Day end on 29 October
        clock.setTo(LocalDate.of(2026, 9, 25).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        String uscc = createInstitution();
        long filing = submittedFiling(uscc);
        mvc.perform(get("/api/v1/filings/" + filing + "/receipt.pdf").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("备案当前为“已提交”，只有已备案的才能打印备案回执。"));
        String json = mvc.perform(post("/api/v1/filings/" + filing + "/accept").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String receiptNo = JsonPath.read(json, "$.receiptNo");

        var response = mvc.perform(get("/registry/filings/" + filing + "/receipt.pdf").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        String text = shownText(response.getContentAsByteArray());
        String name = jdbc.sql("select name from institution where uscc = ?").param(uscc).query(String.class).single();
        assertThat(text).contains("养老机构备案回执", receiptNo, name, uscc, "楚雄市民政局", "2026年9月25日")
                .contains("20个工作日内（2026年10月29日前）").contains("李四（院长）于2026年9月25日签署（纸质原件，由备案机关代录），已向社会公开");

        // the institution prints its own; a sibling county's supervisor cannot see it
        String own = createUser("inst", "532301", Set.of(Role.INSTITUTION), "Inst#Print2026");
        linkInstitution(own, jdbc.sql("select id from institution where uscc = ?").param(uscc).query(Long.class).single());
        mvc.perform(get("/api/v1/filings/" + filing + "/receipt.pdf").with(httpBasic(own, "Inst#Print2026"))).andExpect(status().isOk());
        String lufeng = createUser("lf", "532302", Set.of(Role.SUPERVISOR), "Lufeng#Sup2026");
        mvc.perform(get("/api/v1/filings/" + filing + "/receipt.pdf").with(httpBasic(lufeng, "Lufeng#Sup2026")))
                .andExpect(status().isNotFound());

        // a revoked filing no longer has a receipt
        mvc.perform(post("/api/v1/filings/" + filing + "/revoke").with(httpBasic("demo-county", DEMO_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"停止服务\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/filings/" + filing + "/receipt.pdf").with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isConflict());
    }

    @Test
    @DisplayName("PDF documents: without any CJK font file the STSong-Light fallback still prints the Chinese text")
    void fallbackFontKeepsChineseText() throws Exception {
        PdfDocuments withoutFonts = new PdfDocuments(templates, formats, List.of("/nonexistent/font.ttc", ""));
        assertThat(withoutFonts.embedsSystemFont()).isFalse();
        byte[] bytes = withoutFonts.render("registry/receipt-pdf", Map.of("receipt", new FilingReceipt(
                new InstitutionView.FilingView(1, "INITIAL", "首次备案", "FILED", "已备案", "楚民养备〔2026〕0099号",
                        LocalDate.of(2026, 11, 25), false, null, null, null, null, null, null, "532301", null, List.of()),
                new InstitutionView(1, "52532301MJ00000010", "楚雄市鹿城镇福寿养老院", "NON_PROFIT", "民办非营利（民政登记）",
                        "NURSING_HOME", "养老机构", "楚雄市鹿城镇永安路18号", "532301101000", "王法人", "赵负责", null, null, 120, 80, 86, 35,
                        null, false, false, "PASSED", "已通过", false, false, false, false, "OPERATING", "运营中", null, null, "FILED",
                        "已备案", null, null, List.of(), List.of(), false, null, null, null, false, "NOT_STARTED", "未创建", null, null,
                        1, "52532301MJ00000010", "楚雄市鹿城镇福寿养老院", null, null, null, null, null, null, null),
                null, "楚雄市民政局", null, null, null)));
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("STSong-Light");
        assertThat(ucs2Text(bytes)).contains("养老机构备案回执", "楚民养备〔2026〕0099号", "楚雄市鹿城镇福寿养老院", "楚雄市民政局", "2026年11月25日");
    }

    @Test
    @Tag("pdf-fonts")
    @DisplayName("PDF documents: a system CJK font, when installed, is embedded (Simplified Chinese face of a collection)")
    void systemFontIsEmbedded() throws Exception {
        Assumptions.assumeTrue(pdf.embedsSystemFont(), "no CJK font file on this machine");
        byte[] bytes = mvc.perform(get("/api/v1/filings/" + firstFiledFiling() + "/receipt.pdf")
                        .with(httpBasic("demo-county", DEMO_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/FontFile").doesNotContain("STSong-Light");
        assertThat(text(bytes)).contains("养老机构备案回执");
    }

    private long firstFiledFiling() {
        return jdbc.sql("select f.id from filing f join institution i on i.id = f.institution_id"
                        + " where f.status = 'FILED' and i.region_code like '532301%' order by f.id limit 1")
                .query(Long.class).single();
    }
}
