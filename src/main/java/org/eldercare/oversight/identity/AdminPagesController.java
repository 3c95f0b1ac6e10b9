package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
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
    private final UserService users;
    private final Messages messages;
    private final Clock clock;

    AdminPagesController(SecurityPolicyStore policies, ApiTokenService tokens, RegionService regions, UserService users,
                         Messages messages, Clock clock) {
        this.policies = policies;
        this.tokens = tokens;
        this.regions = regions;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/security-policy")
    String policy(Model model) {
        model.addAttribute("policy", policies.current());
        return "identity/policy";
    }

    @PostMapping("/admin/security-policy")
    String updatePolicy(@AuthenticationPrincipal PlatformUser admin, SecurityPolicy form, Model model, RedirectAttributes redirect) {
        try {
            policies.update(form, admin.username());
            redirect.addFlashAttribute("message", messages.get("policy.saved"));
            return "redirect:/admin/security-policy";
        } catch (PlatformException e) {
            model.addAttribute("policy", form);
            model.addAttribute("error", messages.of(e));
            return "identity/policy";
        }
    }

    @GetMapping("/admin/tokens")
    String tokens(Model model) {
        List<ApiTokenService.TokenView> tokenList = tokens.list();
        model.addAttribute("tokens", tokenList);
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("regions", regions.subtreeInScope());
        model.addAttribute("departments", users.departments());
        model.addAttribute("departmentNames", users.departmentNames());
        java.util.Map<Long, String> institutionNames = new java.util.HashMap<>();
        tokenList.stream().map(ApiTokenService.TokenView::institutionId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> institutionNames.put(id, users.institutionName(id)));
        model.addAttribute("institutionNames", institutionNames);
        return "identity/tokens";
    }

    @PostMapping("/admin/tokens")
    String issue(@AuthenticationPrincipal PlatformUser admin, @RequestParam(defaultValue = "") String name,
                 @RequestParam(required = false) String departmentCode, @RequestParam(required = false) Long institutionId,
                 @RequestParam(required = false) String institutionUscc,
                 @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "90") int validDays,
                 RedirectAttributes redirect) {
        try {
            Long institution = institutionUscc != null ? users.institutionIdByUscc(institutionUscc) : institutionId;
            ApiTokenService.Issued issued = tokens.issue(name, departmentCode, institution,
                    regionCode == null || regionCode.isBlank() ? admin.regionCode() : regionCode, validDays, admin.username());
            redirect.addFlashAttribute("issuedToken", issued.token());
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(id, admin.username());
            redirect.addFlashAttribute("message", messages.get("token.revoked"));
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/admin/tokens";
    }
}
