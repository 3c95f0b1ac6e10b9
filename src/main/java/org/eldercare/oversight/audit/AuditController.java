package org.eldercare.oversight.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.QueryString;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审计日志 (审计管理员 only): search page and API (keyset pages, Chinese labels beside the raw values), chain verification
 * (from the newest checkpoint, or in full) and checkpoints on demand.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;
    private final AuditSearch search;
    private final AuditLabels labels;
    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final PagePosts posts;
    private final Messages messages;

    AuditController(AuditSearch search, AuditLabels labels, AuditVerifier verifier, AuditCheckpoints checkpoints, PagePosts posts,
                    Messages messages) {
        this.search = search;
        this.labels = labels;
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
                @RequestParam(required = false) String cursor, Model model) {
        AuditSearch.Criteria c = new AuditSearch.Criteria(username, action, outcome, from, to);
        model.addAttribute("criteria", c);
        model.addAttribute("result", search.search(c, PageCursor.of(cursor, null, PAGE_SIZE)));
        model.addAttribute("base", "/audit?" + QueryString.of("username", username, "action", action, "outcome", outcome,
                "from", from, "to", to));
        model.addAttribute("actionNames", labels.actionNames());
        model.addAttribute("outcomes", AuditOutcome.values());
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
        private final AuditSearch search;
        private final AuditVerifier verifier;
        private final AuditCheckpoints checkpoints;

        Api(AuditSearch search, AuditVerifier verifier, AuditCheckpoints checkpoints) {
            this.search = search;
            this.verifier = verifier;
            this.checkpoints = checkpoints;
        }

        @GetMapping("/api/v1/audit/records")
        @Operation(summary = "查询审计日志（审计管理员）：按用户名、操作（中文名称或请求路径包含）、结果、起止日期筛选，最新在前；"
                + "每条含原始值及中文名称；按游标翻页（cursor取上次返回的nextCursor，size每页1–200条，默认50），"
                + "total超过10000条时为10000且totalCapped为true")
        ListPage<AuditSearch.Row> records(@RequestParam(required = false) String username,
                                          @RequestParam(required = false) String action,
                                          @RequestParam(required = false) String outcome,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) String cursor,
                                          @RequestParam(required = false) Integer size) {
            return search.search(new AuditSearch.Criteria(username, action, outcome, from, to), PageCursor.of(cursor, size, 50));
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
