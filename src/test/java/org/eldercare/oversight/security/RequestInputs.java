package org.eldercare.oversight.security;

import java.util.Map;
import org.eldercare.oversight.security.FixtureRules.Kind;
import org.eldercare.oversight.security.MatrixFixtures.Side;

/**
 * Valid input for the registry actions whose refusal must not hide behind a bad request: with it an allowed caller's call
 * would succeed, so a caller that must be refused is refused for who it is, not for what it sent (a receipt prefix: the
 * bureau's own, so the allowed call changes nothing). Every other endpoint gets an empty JSON object or an empty form (and
 * its required query parameters).
 */
final class RequestInputs {

    /** A JSON body ({@code json}) or form parameters ({@code form}), and the name of the file part the form carries (or null). */
    record Input(String json, Map<String, String> form, String filePart) {

        static Input json(String json) {
            return new Input(json, Map.of(), null);
        }

        static Input form(Map<String, String> form) {
            return new Input(null, form, null);
        }

        static Input formWithFile(Map<String, String> form, String filePart) {
            return new Input(null, form, filePart);
        }
    }

    private static final String REASON_JSON = "{\"reason\":\"矩阵检查\"}";
    private static final Map<String, String> REASON = Map.of("reason", "矩阵检查");
    private static final Map<String, String> SIGNER = Map.of("signerName", "矩阵", "signerTitle", "院长");
    /** 楚雄州's preset checklist (V36, seed 002-3). */
    private static final String CHUXIONG_CHECKLIST_JSON = """
            {"rules":[{"material":"REGISTRATION_CERTIFICATE","requirement":"REQUIRED"},{"material":"SITE_PROOF","requirement":"REQUIRED"},
             {"material":"ORIGINAL_BUILDING_RECORDS","requirement":"REQUIRED","substitute":"STRUCTURAL_SAFETY_REPORT"},
             {"material":"STRUCTURAL_SAFETY_REPORT","requirement":"OPTIONAL"},
             {"material":"RELOCATION_STATEMENT","requirement":"REQUIRED","exemption":"SMALL_CONVERSION","exemptionMaxArea":1000},
             {"material":"USE_CHANGE_STATEMENT","requirement":"REQUIRED","exemption":"SMALL_CONVERSION","exemptionMaxArea":1000},
             {"material":"ENVIRONMENTAL_APPROVAL","requirement":"REQUIRED","exemption":"SMALL_CONVERSION","exemptionMaxArea":1000},
             {"material":"FIRE_SAFETY","requirement":"OPTIONAL"},{"material":"STAFFING","requirement":"OPTIONAL"},
             {"material":"SERVICE_RULES","requirement":"OPTIONAL"},{"material":"COMMITMENT_ORIGINAL","requirement":"OPTIONAL"},
             {"material":"OTHER","requirement":"OPTIONAL"}]}""";
    private static final Map<String, String> CHUXIONG_CHECKLIST_FORM = Map.ofEntries(
            Map.entry("requirement_REGISTRATION_CERTIFICATE", "REQUIRED"), Map.entry("requirement_SITE_PROOF", "REQUIRED"),
            Map.entry("requirement_ORIGINAL_BUILDING_RECORDS", "REQUIRED"),
            Map.entry("substitute_ORIGINAL_BUILDING_RECORDS", "STRUCTURAL_SAFETY_REPORT"),
            Map.entry("requirement_STRUCTURAL_SAFETY_REPORT", "OPTIONAL"),
            Map.entry("requirement_RELOCATION_STATEMENT", "REQUIRED"), Map.entry("exemption_RELOCATION_STATEMENT", "SMALL_CONVERSION"),
            Map.entry("maxArea_RELOCATION_STATEMENT", "1000"),
            Map.entry("requirement_USE_CHANGE_STATEMENT", "REQUIRED"), Map.entry("exemption_USE_CHANGE_STATEMENT", "SMALL_CONVERSION"),
            Map.entry("maxArea_USE_CHANGE_STATEMENT", "1000"),
            Map.entry("requirement_ENVIRONMENTAL_APPROVAL", "REQUIRED"),
            Map.entry("exemption_ENVIRONMENTAL_APPROVAL", "SMALL_CONVERSION"), Map.entry("maxArea_ENVIRONMENTAL_APPROVAL", "1000"),
            Map.entry("requirement_FIRE_SAFETY", "OPTIONAL"), Map.entry("requirement_STAFFING", "OPTIONAL"),
            Map.entry("requirement_SERVICE_RULES", "OPTIONAL"), Map.entry("requirement_COMMITMENT_ORIGINAL", "OPTIONAL"),
            Map.entry("requirement_OTHER", "OPTIONAL"));
    /** WRK-1/WRK-3: a person the matrix hires, and one it bans (never the same: the hiring must not be refused for a ban). */
    private static final String HIRED = FixtureBuilder.idNumber();
    private static final String BANNED = FixtureBuilder.idNumber();
    private static final Map<String, Input> INPUTS = Map.ofEntries(
            Map.entry("POST /api/v1/institutions/{uscc}/staff", Input.json("{\"name\":\"矩阵录用\",\"idNumber\":\"" + HIRED
                    + "\",\"role\":\"COOK\",\"startDate\":\"2025-01-01\"}")),
            Map.entry("POST /workforce/staff", Input.form(Map.of("name", "矩阵录用", "idNumber", HIRED, "role", "COOK",
                    "startDate", "2025-01-01"))),
            Map.entry("POST /api/v1/bans", Input.json(("{\"name\":\"矩阵禁入\",\"idNumber\":\"%s\",\"source\":\"COURT\","
                    + "\"sourceDocument\":\"矩阵判决\",\"issuingAuthority\":\"矩阵法院\",\"startDate\":\"2025-01-01\","
                    + "\"endDate\":\"2027-12-31\"}").formatted(BANNED))),
            Map.entry("POST /workforce/bans", Input.form(Map.of("name", "矩阵禁入", "idNumber", BANNED, "source", "COURT",
                    "sourceDocument", "矩阵判决", "issuingAuthority", "矩阵法院", "startDate", "2025-01-01", "endDate", "2027-12-31"))),
            Map.entry("POST /api/v1/bans/check", Input.json("{\"idNumber\":\"" + BANNED + "\"}")),
            Map.entry("POST /workforce/bans/check", Input.form(Map.of("idNumber", BANNED))),
            Map.entry("POST /api/v1/bans/{id}/revoke", Input.json(REASON_JSON)),
            Map.entry("POST /workforce/bans/{id}/revoke", Input.form(REASON)),
            Map.entry("POST /api/v1/staff/search-by-id-number", Input.json("{\"idNumber\":\"" + HIRED + "\"}")),
            Map.entry("POST /workforce/staff/search-id", Input.form(Map.of("idNumber", HIRED))),
            Map.entry("POST /api/v1/staff/{id}/end", Input.json("{\"endDate\":\"2025-06-30\"}")),
            Map.entry("POST /workforce/staff/{id}/end", Input.form(Map.of("endDate", "2025-06-30"))),
            Map.entry("POST /api/v1/staff/{id}/id-number/reveal", Input.json(REASON_JSON)),
            Map.entry("POST /workforce/staff/{id}/reveal-id", Input.form(REASON)),
            Map.entry("POST /api/v1/staff/{id}/trainings", Input.json("{\"kind\":\"SKILLS\",\"hours\":4,\"completedOn\":\"2025-01-01\"}")),
            Map.entry("POST /workforce/staff/{id}/trainings", Input.form(Map.of("kind", "SKILLS", "hours", "4",
                    "completedOn", "2025-01-01"))),
            Map.entry("POST /api/v1/staff/{id}/certificates", Input.json("{\"kind\":\"OTHER\",\"number\":\"MX1\",\"issuer\":\"矩阵\","
                    + "\"issuedOn\":\"2025-01-01\"}")),
            Map.entry("POST /workforce/staff/{id}/certificates", Input.form(Map.of("kind", "OTHER", "number", "MX1", "issuer", "矩阵",
                    "issuedOn", "2025-01-01"))),
            Map.entry("POST /api/v1/staff/{id}/evaluations", Input.json("{\"kind\":\"AWARD\",\"summary\":\"矩阵\","
                    + "\"occurredOn\":\"2025-01-01\"}")),
            Map.entry("POST /workforce/staff/{id}/evaluations", Input.form(Map.of("kind", "AWARD", "summary", "矩阵",
                    "occurredOn", "2025-01-01"))),
            Map.entry("POST /api/v1/filings/{id}/attachments", Input.form(Map.of("material", "OTHER"))),
            Map.entry("POST /registry/filings/{id}/attachments", Input.formWithFile(Map.of("material", "OTHER"), "file")),
            Map.entry("POST /api/v1/filings/{id}/commitment", Input.json("{\"signerName\":\"矩阵\",\"signerTitle\":\"院长\"}")),
            Map.entry("POST /registry/filings/{id}/commitment", Input.form(SIGNER)),
            Map.entry("POST /api/v1/filings/{id}/commitment/paper", Input.form(SIGNER)),
            Map.entry("POST /registry/filings/{id}/commitment/paper", Input.formWithFile(SIGNER, "scan")),
            Map.entry("POST /api/v1/filings/{id}/return", Input.json(REASON_JSON)),
            Map.entry("POST /registry/filings/{id}/return", Input.form(REASON)),
            Map.entry("POST /api/v1/filings/{id}/revoke", Input.json(REASON_JSON)),
            Map.entry("POST /registry/filings/{id}/revoke", Input.form(REASON)),
            Map.entry("POST /api/v1/institutions/{uscc}/unfiled-discovery", Input.json("{\"discoveredOn\":\"2025-01-01\"}")),
            Map.entry("POST /registry/institutions/{id}/discovery", Input.form(Map.of("discoveredOn", "2025-01-01"))),
            // a region's nursing-bed goal at the national preset: an allowed call succeeds with a value the figures already use
            Map.entry("PUT /api/v1/nursing-bed-goals/{regionCode}", Input.json("{\"percent\":60}")),
            Map.entry("POST /registry/nursing-bed-goals/{regionCode}", Input.form(Map.of("percent", "60"))),
            // both sides lie in 楚雄州: its preset checklist as the county's own changes no filing's checklist
            Map.entry("PUT /api/v1/filing-checklists/{regionCode}", Input.json(CHUXIONG_CHECKLIST_JSON)),
            Map.entry("POST /registry/filing-checklists/{regionCode}", Input.form(CHUXIONG_CHECKLIST_FORM)),
            Map.entry("PUT /api/v1/filings/{id}/premises", Input.json("{\"premises\":\"OTHER\"}")),
            Map.entry("POST /registry/filings/{id}/premises", Input.form(Map.of("premises", "OTHER"))),
            Map.entry("POST /registry/leads/{id}", Input.form(Map.of("result", "NOT_FOUND", "note", "矩阵检查"))),
            // INS-1, INS-5: a cancellation or a return to 检查中 says why
            Map.entry("POST /api/v1/inspections/{id}/cancel", Input.json(REASON_JSON)),
            Map.entry("POST /inspection/tasks/{id}/cancel", Input.form(REASON)),
            Map.entry("POST /api/v1/inspections/{id}/resume", Input.json(REASON_JSON)),
            Map.entry("POST /inspection/tasks/{id}/resume", Input.form(REASON)),
            Map.entry("POST /api/v1/admin/users/{id}/id-number/reveal", Input.json(REASON_JSON)),
            Map.entry("POST /admin/users/{id}/reveal-id", Input.form(REASON)));

    private RequestInputs() {
    }

    /** The input for {@code e} on {@code side}'s resources, or null for the default (empty) one. */
    static Input of(MatrixEndpoint e, Side side, MatrixFixtures fixtures) {
        return switch (e.key()) {
            // the bureau's own prefix: an allowed call succeeds and leaves the prefix other tests rely on as it is
            case "PUT /api/v1/receipt-prefixes/{regionCode}" -> Input.json("{\"prefix\":\"" + fixtures.receiptPrefix(side) + "\"}");
            case "POST /registry/receipt-prefixes/{regionCode}" -> Input.form(Map.of("prefix", fixtures.receiptPrefix(side)));
            // CRD-1: a 消防 finding about the own institution 甲 (the matrix's department accounts are of 消防救援)
            case "POST /api/v1/credit/entries" -> Input.json("""
                    {"uscc":"%s","kind":"FIRE_FINDING","occurredOn":"2025-01-02","documentNo":"矩阵消防%s"}"""
                    .formatted(fixtures.resource(Kind.INSTITUTION_USCC, Side.OWN).value(), FixtureBuilder.idNumber().substring(6, 14)));
            default -> INPUTS.get(e.key());
        };
    }
}
