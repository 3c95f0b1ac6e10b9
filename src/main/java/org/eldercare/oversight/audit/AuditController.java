package org.eldercare.oversight.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 审计日志 (审计管理员 only): search page and chain verification. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private final AuditSearch search;
    private final AuditTrail trail;

    AuditController(AuditSearch search, AuditTrail trail) {
        this.search = search;
        this.trail = trail;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
                @RequestParam(required = false) String outcome,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        AuditSearch.Criteria c = new AuditSearch.Criteria(username, action, outcome, from, to);
        AuditSearch.Page result = search.search(c, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("criteria", c);
        model.addAttribute("rows", result.rows());
        model.addAttribute("total", result.total());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "audit/search";
    }

    @GetMapping("/audit/verify")
    String verifyPage(Model model) {
        model.addAttribute("verification", trail.verify());
        return "audit/verify";
    }

    @RestController
    @Tag(name = "审计")
    static class Api {
        private final AuditTrail trail;

        Api(AuditTrail trail) {
            this.trail = trail;
        }

        @GetMapping("/api/v1/audit/verify")
        @Operation(summary = "校验审计链完整性（审计管理员）")
        Map<String, Object> verify() {
            return trail.verify().asJson();
        }
    }
}
