package org.eldercare.oversight.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.eldercare.oversight.common.PagePosts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 修改密码: self-service, and the forced change after an administrator set a temporary password. */
@Controller
class AccountController {

    private final OwnPassword ownPassword;
    private final SecurityPolicyStore policies;
    private final PagePosts posts;

    AccountController(OwnPassword ownPassword, SecurityPolicyStore policies, PagePosts posts) {
        this.ownPassword = ownPassword;
        this.policies = policies;
        this.posts = posts;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        model.addAttribute("policy", policies.current());
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "") String current,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
                  HttpServletRequest request, Model model) {
        return posts.form(model, () -> {
            PlatformUser refreshed = ownPassword.change(user.username(), current, password, confirm);
            remember(refreshed, request);
            return "redirect:/?passwordChanged";
        }, () -> form(user, model));
    }

    /** The session goes on as the refreshed principal (no longer bound to change its password). */
    private static void remember(PlatformUser refreshed, HttpServletRequest request) {
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.authorities()));
        SecurityContextHolder.setContext(ctx);
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, ctx);
    }
}
