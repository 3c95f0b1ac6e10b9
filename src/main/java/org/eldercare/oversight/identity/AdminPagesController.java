package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 安全策略 (安全管理员) and API令牌 (系统管理员) pages. */
@Controller
class AdminPagesController {

    private final SecurityPolicyStore policies;
    private final ApiTokenService tokens;
    private final RegionService regions;
    private final Departments departments;
    private final LinkedInstitutions institutions;
    private final TokenPageModel pageModel;
    private final PagePosts posts;
    private final Messages messages;
    private final Clock clock;

    AdminPagesController(SecurityPolicyStore policies, ApiTokenService tokens, RegionService regions, Departments departments,
                         LinkedInstitutions institutions, TokenPageModel pageModel, PagePosts posts, Messages messages,
                         Clock clock) {
        this.policies = policies;
        this.tokens = tokens;
        this.regions = regions;
        this.departments = departments;
        this.institutions = institutions;
        this.pageModel = pageModel;
        this.posts = posts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/security-policy")
    String policy(Model model) {
        model.addAttribute("policy", policies.current());
        return "identity/policy";
    }

    @PostMapping("/admin/security-policy")
    String updatePolicy(@AuthenticationPrincipal PlatformUser admin, SecurityPolicy form, Model model,
                        RedirectAttributes redirect) {
        return posts.form(model, () -> {
            policies.update(form, admin.username());
            redirect.addFlashAttribute(PagePosts.MESSAGE, messages.get("policy.saved"));
            return "redirect:/admin/security-policy";
        }, () -> {
            model.addAttribute("policy", form);
            return "identity/policy";
        });
    }

    @GetMapping("/admin/tokens")
    String tokens(Model model) {
        pageModel.bindings(tokens.list(), model);
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("regionPicker", regions.picker("regionCode", RegionPicker.Kind.ANY, null));
        model.addAttribute("departments", departments.all());
        return "identity/tokens";
    }

    /**
     * The system administrator requests a token; it opens nothing until a 民政监管员 of its region or above approves it,
     * and its secret is shown to that approver, never here (三员分立).
     */
    @PostMapping("/admin/tokens")
    String request(@AuthenticationPrincipal PlatformUser admin, @RequestParam(defaultValue = "") String name,
                   @RequestParam(required = false) String departmentCode, @RequestParam(required = false) Long institutionId,
                   @RequestParam(required = false) String institutionUscc,
                   @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "90") int validDays,
                   RedirectAttributes redirect) {
        return posts.redirect("/admin/tokens", redirect, () -> {
            Long institution = institutionUscc != null ? institutions.idByUscc(institutionUscc) : institutionId;
            tokens.request(name, departmentCode, institution,
                    regionCode == null || regionCode.isBlank() ? admin.regionCode() : regionCode, validDays, admin.username());
            return messages.get("token.requested");
        });
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect("/admin/tokens", redirect, () -> {
            tokens.revoke(id, admin.username());
            return messages.get("token.revoked");
        });
    }
}
