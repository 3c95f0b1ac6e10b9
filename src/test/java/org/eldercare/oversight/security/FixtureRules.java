package org.eldercare.oversight.security;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which resource fills a path variable: the rule with the longest path prefix that names the variable. A new endpoint
 * under an existing prefix gets that prefix's resource; an endpoint nobody wrote a rule for fails the matrix until a rule
 * and a resource (in the own and in the other region, see {@link MatrixFixtures}) are added.
 */
final class FixtureRules {

    /**
     * The kinds of resource; the last three are not in anybody's region. ADMINISTRATOR: an administrator's account (not one
     * of the matrix's callers); TOKEN: an approved API token; TOKEN_REQUEST: a token request waiting for approval; BUREAU:
     * a filing bureau (county) whose receipt prefix is set. EMPLOYMENT: a person's employment at the side's institution 甲 (WRK-1);
     * BAN: an industry ban entered by the side's county bureau (WRK-3); PUBLICATION: a publication of the side's county bureau
     * (DIS-2). LISTING: a 失信 list procedure (拟列入) of the side's institution 甲 (CRD-3). SPOT_CHECK_PLAN: a 双随机 plan of
     * the side's county (INS-2). COMPLAINT: a complaint handled by the side's county bureau, referred to 消防救援 (CMP-1).
     * INSPECTION_TASK: a 投诉核查 task at 甲 with two inspectors; INSPECTOR: an inspector of the side's county (INS-1);
     * CHECK_TEMPLATE: a check template, reference data that every region below its own may read (INS-2), so in nobody's region.
     */
    enum Kind {
        INSTITUTION_ID, INSTITUTION_USCC, SITE_NO, FRESH_INSTITUTION_ID, FRESH_INSTITUTION_USCC, DRAFT_FILING, SUBMITTED_FILING,
        FILED_FILING, ATTACHMENT, IMPORT, LEAD, SITE, USER, ADMINISTRATOR, TOKEN, TOKEN_REQUEST, REGION, BUREAU, USCC_TO_CHECK,
        METRIC, HEALTH_GROUP, EMPLOYMENT, BAN, PUBLICATION, LISTING, SPOT_CHECK_PLAN, COMPLAINT, INSPECTION_TASK, INSPECTOR,
        CHECK_TEMPLATE;

        boolean scoped() {
            return this != USCC_TO_CHECK && this != METRIC && this != HEALTH_GROUP && this != SITE_NO && this != CHECK_TEMPLATE;
        }
    }

    private record Rule(String prefix, String variable, Kind kind) {
    }

    private static final List<Rule> RULES = List.of(
            // REG-1 archive: an institution with a draft filing (its account is the own institution user)
            new Rule("/registry/institutions/{id}", "id", Kind.INSTITUTION_ID),
            new Rule("/api/v1/institutions/{uscc}", "uscc", Kind.INSTITUTION_USCC),
            // starting a filing: an institution without one
            new Rule("/registry/institutions/{id}/filings", "id", Kind.FRESH_INSTITUTION_ID),
            new Rule("/api/v1/institutions/{uscc}/filings", "uscc", Kind.FRESH_INSTITUTION_USCC),
            // REG-10 a service site of the entity: the fixtures' institutions are single-site entities (site 1)
            new Rule("/api/v1/institutions/{uscc}/sites/{siteNo}", "siteNo", Kind.SITE_NO),
            new Rule("/api/v1/institutions/{uscc}/sites/{siteNo}/filings", "uscc", Kind.FRESH_INSTITUTION_USCC),
            // REG-2 filings, each in the state in which the action would succeed
            new Rule("/registry/filings/{id}", "id", Kind.DRAFT_FILING),
            new Rule("/api/v1/filings/{id}", "id", Kind.DRAFT_FILING),
            new Rule("/registry/filings/{id}/attachments/{attachmentId}", "attachmentId", Kind.ATTACHMENT),
            new Rule("/registry/filings/{id}/accept", "id", Kind.SUBMITTED_FILING),
            new Rule("/api/v1/filings/{id}/accept", "id", Kind.SUBMITTED_FILING),
            new Rule("/registry/filings/{id}/return", "id", Kind.SUBMITTED_FILING),
            new Rule("/api/v1/filings/{id}/return", "id", Kind.SUBMITTED_FILING),
            new Rule("/registry/filings/{id}/revoke", "id", Kind.FILED_FILING),
            new Rule("/api/v1/filings/{id}/revoke", "id", Kind.FILED_FILING),
            new Rule("/registry/filings/{id}/receipt.pdf", "id", Kind.FILED_FILING),
            new Rule("/api/v1/filings/{id}/receipt.pdf", "id", Kind.FILED_FILING),
            // REG-4 cross-check, REG-5 unlicensed sites
            new Rule("/registry/imports/{id}", "id", Kind.IMPORT),
            new Rule("/api/v1/registrations/imports/{id}", "id", Kind.IMPORT),
            new Rule("/registry/leads/{id}", "id", Kind.LEAD),
            new Rule("/registry/unlicensed/{id}", "id", Kind.SITE),
            // REG-2 receipt prefixes of the filing bureaus
            new Rule("/registry/receipt-prefixes/{regionCode}", "regionCode", Kind.BUREAU),
            new Rule("/api/v1/receipt-prefixes/{regionCode}", "regionCode", Kind.BUREAU),
            // EVAL-3 护理型床位占比目标 of a region (#9 item 16)
            new Rule("/registry/nursing-bed-goals/{regionCode}", "regionCode", Kind.REGION),
            new Rule("/api/v1/nursing-bed-goals/{regionCode}", "regionCode", Kind.REGION),
            // REG-11 a region's filing-material checklist (#10 item 3)
            new Rule("/registry/filing-checklists/{regionCode}", "regionCode", Kind.REGION),
            new Rule("/api/v1/filing-checklists/{regionCode}", "regionCode", Kind.REGION),
            // WRK-1 … WRK-4 workforce: an employment at the institution 甲, an industry ban of the county bureau
            new Rule("/workforce/staff/{id}", "id", Kind.EMPLOYMENT),
            new Rule("/api/v1/staff/{id}", "id", Kind.EMPLOYMENT),
            new Rule("/workforce/bans/{id}", "id", Kind.BAN),
            new Rule("/api/v1/bans/{id}", "id", Kind.BAN),
            // DIS-1 a site's own publication (the institution 甲, which the own institution account is linked to; not filed,
            // so its public page is a 404 for everybody) and DIS-2 a publication of the side's county bureau
            new Rule("/disclosure/sites/{institutionId}", "institutionId", Kind.INSTITUTION_ID),
            new Rule("/api/v1/disclosure/sites/{institutionId}", "institutionId", Kind.INSTITUTION_ID),
            new Rule("/public/institutions/{id}", "id", Kind.INSTITUTION_ID),
            new Rule("/api/v1/public/institutions/{id}", "id", Kind.INSTITUTION_ID),
            new Rule("/disclosure/publications/{id}", "id", Kind.PUBLICATION),
            new Rule("/api/v1/disclosure/publications/{id}", "id", Kind.PUBLICATION),
            new Rule("/public/disclosures/{id}", "id", Kind.PUBLICATION),
            new Rule("/disclosure/settings/{regionCode}", "regionCode", Kind.REGION),
            new Rule("/api/v1/disclosure/settings/{regionCode}", "regionCode", Kind.REGION),
            // CRD-1…CRD-3 credit: the credit record of 甲's code, a list procedure of 甲
            new Rule("/credit/codes/{uscc}", "uscc", Kind.INSTITUTION_USCC),
            new Rule("/api/v1/credit/codes/{uscc}", "uscc", Kind.INSTITUTION_USCC),
            new Rule("/credit/listings/{id}", "id", Kind.LISTING),
            new Rule("/api/v1/credit/listings/{id}", "id", Kind.LISTING),
            // INS-2 双随机抽查: a plan of the side's county, not yet drawn
            new Rule("/api/v1/spot-checks/plans/{id}", "id", Kind.SPOT_CHECK_PLAN),
            new Rule("/inspection/spot-checks/{id}", "id", Kind.SPOT_CHECK_PLAN),
            // CMP-1 complaints: one handled by the side's county bureau, still 已登记
            new Rule("/complaints/{id}", "id", Kind.COMPLAINT),
            new Rule("/api/v1/complaints/{id}", "id", Kind.COMPLAINT),
            // INS-1, INS-2, INS-5 inspection: a task at 甲, an inspector of the county bureau, a check template
            new Rule("/inspection/tasks/{id}", "id", Kind.INSPECTION_TASK),
            new Rule("/api/v1/inspections/{id}", "id", Kind.INSPECTION_TASK),
            new Rule("/inspection/inspectors/{id}", "id", Kind.INSPECTOR),
            new Rule("/api/v1/inspectors/{id}", "id", Kind.INSPECTOR),
            new Rule("/api/v1/check-templates/{id}", "id", Kind.CHECK_TEMPLATE),
            // administration
            new Rule("/admin/users/{id}", "id", Kind.USER),
            new Rule("/api/v1/admin/users/{id}", "id", Kind.USER),
            new Rule("/admin/tokens/{id}", "id", Kind.TOKEN),
            new Rule("/api/v1/admin/api-tokens/{id}", "id", Kind.TOKEN),
            new Rule("/admin/administrators/{id}", "id", Kind.ADMINISTRATOR),
            new Rule("/api/v1/admin/administrators/{id}", "id", Kind.ADMINISTRATOR),
            // a supervisor's approval of a token request (三员分立)
            new Rule("/token-approvals/{id}", "id", Kind.TOKEN_REQUEST),
            new Rule("/api/v1/token-approvals/{id}", "id", Kind.TOKEN_REQUEST),
            // reference data and operations
            new Rule("/api/v1/regions/{code}", "code", Kind.REGION),
            new Rule("/admin/regions/{code}", "code", Kind.REGION),
            new Rule("/api/v1/codes/uscc/{code}", "code", Kind.USCC_TO_CHECK),
            new Rule("/actuator/metrics/{requiredMetricName}", "requiredMetricName", Kind.METRIC),
            new Rule("/actuator/health/**", "**", Kind.HEALTH_GROUP));

    private FixtureRules() {
    }

    static Optional<Kind> kindOf(MatrixEndpoint e, String variable) {
        String pattern = e.plainPattern();
        return RULES.stream()
                .filter(r -> r.variable().equals(variable) && startsWithSegment(pattern, r.prefix()))
                .max(Comparator.comparingInt(r -> r.prefix().length()))
                .map(Rule::kind);
    }

    private static boolean startsWithSegment(String pattern, String prefix) {
        return pattern.startsWith(prefix) && (pattern.length() == prefix.length() || pattern.charAt(prefix.length()) == '/');
    }

    static String missing(MatrixEndpoint e, String variable) {
        return "FIXTURE " + e + ": the matrix cannot fill path variable {" + variable + "}; add a rule to FixtureRules and"
                + " create the resource in MatrixFixtures, once in the own region and once in the other region";
    }
}
