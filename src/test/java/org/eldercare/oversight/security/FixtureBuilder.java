package org.eldercare.oversight.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.registry.RegistrationImports;
import org.eldercare.oversight.security.FixtureRules.Kind;
import org.eldercare.oversight.security.MatrixFixtures.Shown;
import org.eldercare.oversight.security.MatrixFixtures.Side;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates the registry resources of one side through the API and the pages, as that side's supervisor, so every rule and
 * event applies: institutions with a draft, a submitted and a filed filing and one without any, an attachment, a
 * registration import with its township lead, an unlicensed site; and it notes the receipt prefix of the side's bureau.
 */
final class FixtureBuilder {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String IMPORT_HEADER = "统一社会信用代码,名称,登记机关类型,经营范围,地址,登记日期\n";
    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final MatrixFixtures fixtures;
    private final Clock clock;
    private final String tag = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    private int serial;

    FixtureBuilder(MockMvc mvc, JdbcClient jdbc, MatrixFixtures fixtures, Clock clock) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    private record Institution(long id, String uscc, MatrixResource byId, MatrixResource byUscc) {
    }

    /**
     * Builds the side's registry resources as its supervisor (HTTP Basic for the API, a session for page posts): 甲 with a
     * complete draft filing (and its attachment), 乙 with a submitted one, 丙 with a filed one, 丁 without any; an import
     * with its lead; an unlicensed site.
     */
    void registry(Side side, RequestPostProcessor supervisor, MockHttpSession supervisorSession) throws Exception {
        Institution a = institution(side, "甲", supervisor);
        fixtures.put(Kind.INSTITUTION_ID, side, a.byId());
        fixtures.put(Kind.INSTITUTION_USCC, side, a.byUscc());
        long draft = completeDraft(a, supervisor);
        long attachment = jdbc.sql("select min(id) from filing_attachment where filing_id = ?").param(draft).query(Long.class).single();
        fixtures.put(Kind.DRAFT_FILING, side, resource(draft, a));
        fixtures.put(Kind.ATTACHMENT, side, resource(attachment, a));
        fixtures.put(Kind.SUBMITTED_FILING, side, filing(side, "乙", supervisor, "submit"));
        fixtures.put(Kind.FILED_FILING, side, filing(side, "丙", supervisor, "submit", "accept"));
        Institution d = institution(side, "丁", supervisor);
        fixtures.put(Kind.FRESH_INSTITUTION_ID, side, d.byId());
        fixtures.put(Kind.FRESH_INSTITUTION_USCC, side, d.byUscc());
        importWithLead(side, supervisor);
        site(side, supervisorSession);
        // the filed filing gave the side's bureau its receipt prefix (preset or derived)
        fixtures.receiptPrefix(side, jdbc.sql("select prefix from receipt_prefix where region_code = ?").param(side.county)
                .query(String.class).single());
    }

    /**
     * The side's workforce resources as its supervisor (WRK-1, WRK-3): an employment at the institution 甲 (which the own
     * institution account is linked to) and an industry ban of the county bureau for someone else; their names are markers.
     */
    void workforce(Side side, RequestPostProcessor supervisor) throws Exception {
        MatrixResource institution = fixtures.resource(Kind.INSTITUTION_USCC, side);
        String name = "矩阵员工" + tag + side.ordinal();
        long employment = id(call(post("/api/v1/institutions/" + institution.value() + "/staff").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"idNumber\":\"" + idNumber() + "\",\"role\":\"CARE_WORKER\","
                        + "\"startDate\":\"2025-01-01\"}"), supervisor), "$.employmentId");
        MatrixResource staff = new MatrixResource(String.valueOf(employment), side.township, institution.institutionId());
        fixtures.put(Kind.EMPLOYMENT, side, staff);
        fixtures.mark(name, staff, Shown.BUSINESS);
        String banned = "矩阵禁入" + tag + side.ordinal();
        long ban = id(call(post("/api/v1/bans").contentType(MediaType.APPLICATION_JSON).content("""
                {"name":"%s","idNumber":"%s","source":"COURT","sourceDocument":"矩阵判决%s","issuingAuthority":"矩阵法院",
                 "startDate":"2025-01-01","endDate":"2027-12-31"}""".formatted(banned, idNumber(), tag)), supervisor), "$.id");
        MatrixResource entry = new MatrixResource(String.valueOf(ban), side.county, null);
        fixtures.put(Kind.BAN, side, entry);
        fixtures.mark(banned, entry, Shown.BUSINESS);
    }

    /** The side's DIS-2 resource as its supervisor: a publication of the county bureau with a PDF; its title is a marker. */
    void disclosure(Side side, RequestPostProcessor supervisor) throws Exception {
        String title = "矩阵公开" + tag + side.ordinal();
        long id = id(call(post("/api/v1/disclosure/publications").contentType(MediaType.APPLICATION_JSON).content("""
                {"regionCode":"%s","category":"PROCEDURE","title":"%s","eventDate":"%s"}"""
                .formatted(side.county, title, LocalDate.now(clock).minusDays(1))), supervisor), "$.id");
        MatrixResource publication = new MatrixResource(String.valueOf(id), side.county, null);
        fixtures.put(Kind.PUBLICATION, side, publication);
        fixtures.mark(title, publication, Shown.BUSINESS);
    }

    /**
     * The side's credit resources as its supervisor (CRD-3): a 联合惩戒 procedure proposed for the institution 甲; its grounds
     * are a marker.
     */
    void credit(Side side, RequestPostProcessor supervisor) throws Exception {
        MatrixResource institution = fixtures.resource(Kind.INSTITUTION_USCC, side);
        String grounds = "矩阵失信依据" + tag + side.ordinal();
        long listing = id(call(post("/api/v1/credit/listings").contentType(MediaType.APPLICATION_JSON).content("""
                {"uscc":"%s","listKind":"JOINT_PUNISHMENT","condition":"OTHER_SERIOUS","grounds":"%s"}"""
                .formatted(institution.value(), grounds)), supervisor), "$.id");
        MatrixResource resource = new MatrixResource(String.valueOf(listing), side.township, institution.institutionId());
        fixtures.put(Kind.LISTING, side, resource);
        fixtures.mark(grounds, resource, Shown.BUSINESS);
    }

    /** The side's 双随机抽查 plan (INS-2), created by its supervisor for the county, not yet drawn; its title is a marker. */
    void spotChecks(Side side, RequestPostProcessor supervisor) throws Exception {
        String title = "矩阵抽查计划" + tag + side.ordinal();
        long plan = id(call(post("/api/v1/spot-checks/plans").contentType(MediaType.APPLICATION_JSON).content("""
                {"title":"%s","regionCode":"%s","items":"矩阵事项","count":1,"windowStart":"2026-03-01","windowEnd":"2026-06-30",
                 "departments":["CIVIL_AFFAIRS"]}""".formatted(title, side.county)), supervisor), "$.id");
        MatrixResource resource = new MatrixResource(String.valueOf(plan), side.county, null);
        fixtures.put(Kind.SPOT_CHECK_PLAN, side, resource);
        fixtures.mark(title, resource, Shown.BUSINESS);
    }

    /**
     * The side's inspection resources as its supervisor (INS-1, INS-2, INS-5): two inspectors of the county bureau, a 投诉核查 task
     * at 甲 assigned to them, and (on the own side only) a check template of the county; the inspectors' names are markers.
     */
    void inspection(Side side, RequestPostProcessor supervisor) throws Exception {
        long[] inspectors = new long[2];
        for (int i = 0; i < 2; i++) {
            String name = "矩阵检查员" + tag + side.ordinal() + i;
            inspectors[i] = id(call(post("/api/v1/inspectors").contentType(MediaType.APPLICATION_JSON).content("""
                    {"name":"%s","department":"CIVIL_AFFAIRS","regionCode":"%s","credentialNo":"MX%s%d%d","credentialValidUntil":"2099-12-31"}"""
                    .formatted(name, side.county, tag, side.ordinal(), i)), supervisor), "$.id");
            MatrixResource inspector = new MatrixResource(String.valueOf(inspectors[i]), side.county, null);
            fixtures.put(Kind.INSPECTOR, side, inspector);
            // the name also shows on the task at 甲 (its township sees who inspects there), so it may show wherever 甲 may
            fixtures.mark(name, new MatrixResource(inspector.value(), side.township, null), Shown.BUSINESS);
        }
        MatrixResource institution = fixtures.resource(Kind.INSTITUTION_ID, side);
        long task = id(call(post("/api/v1/inspections").contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"COMPLAINT","institutionId":%s,"dueWorkingDays":20,"inspectorIds":[%d,%d],"reason":"矩阵投诉核查"}"""
                .formatted(institution.value(), inspectors[0], inspectors[1])), supervisor), "$.id");
        fixtures.put(Kind.INSPECTION_TASK, side, new MatrixResource(String.valueOf(task), institution.regionCode(),
                institution.institutionId()));
        if (side == Side.OWN) {
            long template = id(call(post("/api/v1/check-templates").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"MX" + tag + "\",\"name\":\"矩阵检查表\",\"itemCodes\":[\"GB38600-01\"]}"), supervisor), "$.id");
            fixtures.put(Kind.CHECK_TEMPLATE, Side.NONE, MatrixResource.unscoped(String.valueOf(template)));
        }
    }

    /** A valid 公民身份号码 of a person no other test knows (random birth date and order code). */
    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = "532302" + LocalDate.of(1955, 1, 1).plusDays(r.nextInt(365 * 45)).toString().replace("-", "")
                + String.format("%03d", r.nextInt(1000));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A new institution's complete draft filing taken through {@code steps} (submit, accept). */
    private MatrixResource filing(Side side, String which, RequestPostProcessor supervisor, String... steps) throws Exception {
        Institution i = institution(side, which, supervisor);
        long filing = completeDraft(i, supervisor);
        for (String step : steps) {
            call(post("/api/v1/filings/" + filing + "/" + step), supervisor);
        }
        return resource(filing, i);
    }

    private Institution institution(Side side, String which, RequestPostProcessor supervisor) throws Exception {
        String uscc = uscc(side);
        String name = side.townshipName + "矩阵" + which + "养老院" + tag + side.ordinal();
        String json = """
                {"uscc":"%s","name":"%s","legalForm":"NON_PROFIT","kind":"NURSING_HOME","address":"%s矩阵路1号",
                 "regionCode":"%s","legalRepName":"张三","principalName":"李四","contactName":"王五","contactPhone":"13812345678",
                 "bedsTotal":100,"nursingBeds":60,"residents":40,"staff":20,"fireAcceptance":"PASSED","operatingStatus":"OPERATING"}"""
                .formatted(uscc, name, side.townshipName, side.township);
        long id = id(call(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON).content(json), supervisor), "$.id");
        Institution i = new Institution(id, uscc, new MatrixResource(String.valueOf(id), side.township, id),
                new MatrixResource(uscc, side.township, id));
        fixtures.mark(name, i.byId(), Shown.INSTITUTION);
        fixtures.mark(uscc, i.byId(), Shown.INSTITUTION);
        return i;
    }

    /**
     * A draft filing with the materials 楚雄's checklist requires and the commitment, entered by the supervisor from the paper original
     * with its scan (代录; only the institution's own account signs online): ready to submit.
     */
    private long completeDraft(Institution i, RequestPostProcessor supervisor) throws Exception {
        long filing = id(call(post("/api/v1/institutions/" + i.uscc() + "/filings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"INITIAL\"}"), supervisor), "$.id");
        // both sides lie in 楚雄州, whose checklist (REG-11, seed 002-3) asks for the building papers too
        for (String material : new String[] {"REGISTRATION_CERTIFICATE", "SITE_PROOF", "ORIGINAL_BUILDING_RECORDS",
            "RELOCATION_STATEMENT", "USE_CHANGE_STATEMENT", "ENVIRONMENTAL_APPROVAL"}) {
            call(multipart("/api/v1/filings/" + filing + "/attachments").param("material", material)
                    .file(new MockMultipartFile("file", material + ".pdf", "application/pdf", PDF)), supervisor);
        }
        call(multipart("/api/v1/filings/" + filing + "/commitment/paper").param("signerName", "李四").param("signerTitle", "院长")
                .file(new MockMultipartFile("scan", "承诺书原件.pdf", "application/pdf", PDF)), supervisor);
        return filing;
    }

    /** A registration of a place in the side's township that is not filed: an import and a lead for the township. */
    private void importWithLead(Side side, RequestPostProcessor supervisor) throws Exception {
        String uscc = uscc(side);
        String name = side.townshipName + "矩阵登记点" + tag + side.ordinal();
        String csv = IMPORT_HEADER + uscc + "," + name + ",民政,养老服务," + side.townshipName + "矩阵村," + "2024-05-06\n";
        long importId = id(call(multipart("/api/v1/registrations/imports")
                .file(new MockMultipartFile("file", "矩阵登记.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))), supervisor),
                "$.importId");
        RegistrationImports.awaitDone(jdbc, importId);
        long lead = jdbc.sql("select id from verification_lead where import_id = ?").param(importId).query(Long.class).single();
        String leadRegion = jdbc.sql("select region_code from verification_lead where id = ?").param(lead).query(String.class).single();
        fixtures.put(Kind.IMPORT, side, new MatrixResource(String.valueOf(importId), side.county, null));
        MatrixResource leadResource = new MatrixResource(String.valueOf(lead), leadRegion, null);
        fixtures.put(Kind.LEAD, side, leadResource);
        fixtures.mark(name, leadResource, Shown.BUSINESS);
        fixtures.mark(uscc, leadResource, Shown.BUSINESS);
    }

    private void site(Side side, MockHttpSession supervisor) throws Exception {
        String name = side.townshipName + "矩阵无证点" + tag + side.ordinal();
        mvc.perform(post("/registry/unlicensed").session(supervisor).with(csrf()).param("name", name)
                .param("address", side.townshipName + "矩阵村2号").param("regionCode", side.township)
                .param("discoveredOn", LocalDate.now(clock).minusDays(3).toString()).param("status", "OPEN").param("source", "PATROL"));
        long id = jdbc.sql("select id from unlicensed_site where name = ?").param(name).query(Long.class).single();
        MatrixResource site = new MatrixResource(String.valueOf(id), side.township, null);
        fixtures.put(Kind.SITE, side, site);
        fixtures.mark(name, site, Shown.BUSINESS);
    }

    private static MatrixResource resource(long id, Institution owner) {
        return new MatrixResource(String.valueOf(id), owner.byId().regionCode(), owner.id());
    }

    /** A fresh valid code registered in the side's county; "MX" keeps the matrix's codes apart from other tests' ones. */
    private String uscc(Side side) {
        return Uscc.complete("52" + side.county + "MX" + tag.substring(0, 5) + String.format("%02d", ++serial)).value();
    }

    private String call(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor as) throws Exception {
        MvcResult result = mvc.perform(request.with(as)).andReturn();
        MockHttpServletResponse response = result.getResponse();
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("fixture step failed: " + result.getRequest().getRequestURI() + " → "
                    + response.getStatus() + " " + response.getContentAsString());
        }
        return response.getContentAsString();
    }

    String tag() {
        return tag;
    }

    private static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }
}
