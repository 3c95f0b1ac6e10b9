package org.eldercare.oversight.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审计日志 (审计管理员 only): search page, chain verification (from the newest checkpoint, or in full) and checkpoints
 * on demand.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private final AuditSearch search;
    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final PagePosts posts;
    private final Messages messages;

    AuditController(AuditSearch search, AuditVerifier verifier, AuditCheckpoints checkpoints, PagePosts posts,
                    Messages messages) {
        this.search = search;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.posts = posts;
        this.messages = messages;
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
    String verifyPage(@RequestParam(defaultValue = "false") boolean full, Model model) {
        model.addAttribute("verification", verifier.verify(full));
        return "audit/verify";
    }

    @PostMapping("/audit/checkpoints")
    String checkpoint(RedirectAttributes redirect) {
        return posts.redirect("/audit/verify", redirect, () -> {
            AuditCheckpoints.Outcome o = checkpoints.checkpoint();
            if (o.written()) {
                return messages.get("audit.checkpoint.written", String.valueOf(o.checkpoint().id()),
                        String.valueOf(o.checkpoint().rows()));
            }
            if (!o.verification().isIntact()) {
                throw PlatformException.conflict("audit.checkpoint.refused");
            }
            return messages.get("audit.checkpoint.unchanged");
        });
    }

    @RestController
    @Tag(name = "审计")
    static class Api {
        private final AuditVerifier verifier;
        private final AuditCheckpoints checkpoints;

        Api(AuditVerifier verifier, AuditCheckpoints checkpoints) {
            this.verifier = verifier;
            this.checkpoints = checkpoints;
        }

        @GetMapping("/api/v1/audit/verify")
        @Operation(summary = "校验审计链完整性（审计管理员）：默认从最新检查点校验到链尾，full=true 时从第一条记录完整校验")
        Map<String, Object> verify(@RequestParam(defaultValue = "false") boolean full) {
            return verifier.verify(full).asJson();
        }

        @PostMapping("/api/v1/audit/checkpoints")
        @Operation(summary = "立即生成审计链检查点（审计管理员）：校验上一检查点以来的记录，完整时签名记录链尾")
        Map<String, Object> checkpoint() {
            AuditCheckpoints.Outcome o = checkpoints.checkpoint();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("written", o.written());
            if (o.written()) {
                json.put("checkpointId", o.checkpoint().id());
                json.put("rows", o.checkpoint().rows());
                json.put("at", o.checkpoint().at().toString());
            }
            json.put("verification", o.verification().asJson());
            return json;
        }
    }
}
