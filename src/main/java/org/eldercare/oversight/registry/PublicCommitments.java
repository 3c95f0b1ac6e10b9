package org.eldercare.oversight.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
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
                        String signerName, String signerTitle, Instant signedAt, Instant publishedAt, String text) {
    }

    List<Entry> list(String region, int limit) {
        String code = region == null || region.isBlank() ? "000000" : region.trim();
        if (!code.matches("\\d{6}|\\d{12}")) {
            throw PlatformException.badRequest("registry.region.invalid");
        }
        if (jdbc.sql("select count(*) from region where code = ?").param(code).query(Long.class).single() == 0) {
            throw PlatformException.notFound("region.notFound", code);
        }
        return jdbc.sql("""
                select i.name as institution_name, i.uscc, i.region_code, r.name as region_name, f.receipt_no,
                       c.signer_name, c.signer_title, c.signed_at, c.published_at, c.text
                from credit_commitment c join filing f on f.id = c.filing_id join institution i on i.id = c.institution_id
                join region r on r.code = i.region_code
                where c.published_at is not null and r.path like (select path from region where code = :code) || '%'
                order by c.published_at desc limit :limit""")
                .param("code", code).param("limit", limit).query(Entry.class).list();
    }

    @Controller
    @Tag(name = "公开信息")
    static class Web {
        private final PublicCommitments commitments;

        Web(PublicCommitments commitments) {
            this.commitments = commitments;
        }

        @GetMapping("/api/v1/public/commitments")
        @ResponseBody
        @Operation(summary = "已备案养老机构的书面信用承诺（公开，无需登录），可按区划筛选")
        List<Entry> api(@RequestParam(required = false) String region) {
            return commitments.list(region, 500);
        }

        @GetMapping("/public/commitments")
        String page(@RequestParam(required = false) String region, Model model) {
            model.addAttribute("entries", commitments.list(region, 500));
            model.addAttribute("region", region);
            return "registry/public-commitments";
        }
    }
}
