package org.eldercare.oversight.registry.filing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** REG-2: credit commitments of filed institutions, public (no login), by region and below. */
@Component
class PublicCommitments {

    private final JdbcClient jdbc;

    PublicCommitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(String institutionName, String uscc, String regionCode, String regionName, String receiptNo,
                        String signerName, String signerTitle, Instant signedAt, Instant publishedAt, String text,
                        boolean proxyEntry, String legalName, int siteNo) {
    }

    /** Published commitments in {@code region} and below; {@code q} matches a part of the name or the whole 统一社会信用代码. */
    List<Entry> list(String region, String q, int limit) {
        String query = q == null ? "" : q.trim();
        if (query.length() > 100) {
            throw PlatformException.badRequest("registry.field.tooLong", "查询内容", 100);
        }
        String code = region == null || region.isBlank() ? "000000" : region.trim();
        if (!code.matches("\\d{6}|\\d{12}")) {
            throw PlatformException.badRequest("registry.region.invalid");
        }
        // the region's path as a constant prefix (digits and slashes, no wildcards): the planner then sees how much of the
        // country it covers and uses the path index for a county (#15: 82 ms → 1 ms at national scale) instead of guessing
        String path = jdbc.sql("select path from region where code = ?").param(code).query(String.class).optional()
                .orElseThrow(() -> PlatformException.notFound("region.notFound", code));
        return jdbc.sql("""
                select i.name as institution_name, i.uscc, i.region_code, r.name as region_name, f.receipt_no,
                       c.signer_name, c.signer_title, c.signed_at, c.published_at, c.text, c.proxy_entry,
                       coalesce(i.legal_name, i.name) as legal_name, i.site_no
                from credit_commitment c join filing f on f.id = c.filing_id join institution i on i.id = c.institution_id
                join region r on r.code = i.region_code
                where c.published_at is not null and r.path like :pathPrefix
                  and (:q = '' or i.name like :like or i.uscc = upper(:q))
                order by c.published_at desc limit :limit""")
                .param("pathPrefix", path + "%").param("q", query)
                .param("like", Like.contains(query))
                .param("limit", limit).query(Entry.class).list();
    }

    @Controller
    @Tag(name = "公开信息")
    static class Web {
        private final PublicCommitments commitments;

        private final RegionService regions;

        Web(PublicCommitments commitments, RegionService regions) {
            this.commitments = commitments;
            this.regions = regions;
        }

        @GetMapping("/api/v1/public/commitments")
        @ResponseBody
        @Operation(summary = "已备案养老机构的书面信用承诺（公开，无需登录），可按区划筛选")
        List<Entry> api(@RequestParam(required = false) String region, @RequestParam(required = false) String q) {
            return commitments.list(region, q, 500);
        }

        @GetMapping("/public/commitments")
        String page(@RequestParam(required = false) String region, @RequestParam(required = false) String q, Model model) {
            model.addAttribute("entries", commitments.list(region, q, 500));
            // the place narrowing the list: province, prefecture, county, one level at a time (never the 3,000 counties at once)
            model.addAttribute("regionPicker", regions.picker("region", RegionPicker.Kind.PUBLIC_FILTER, region));
            model.addAttribute("region", region);
            model.addAttribute("q", q);
            return "registry/public-commitments";
        }
    }
}
