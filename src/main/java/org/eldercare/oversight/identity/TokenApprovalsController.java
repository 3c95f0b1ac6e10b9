package org.eldercare.oversight.identity;

import java.time.Clock;
import java.time.Instant;
import org.eldercare.oversight.common.PagePosts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 令牌审批 (民政监管员): the API tokens the system administrator requested for the supervisor's region and below. Approving
 * one generates its secret, shown here once, to the approver, who hands it to the partner system.
 */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class TokenApprovalsController {

    private static final String PAGE = "/token-approvals";
    private final ApiTokenService tokens;
    private final TokenPageModel pageModel;
    private final PagePosts posts;
    private final Clock clock;

    TokenApprovalsController(ApiTokenService tokens, TokenPageModel pageModel, PagePosts posts, Clock clock) {
        this.tokens = tokens;
        this.pageModel = pageModel;
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String pending(Model model) {
        pageModel.bindings(tokens.pending(), model);
        model.addAttribute("now", Instant.now(clock));
        return "identity/token-approvals";
    }

    /** The new token is shown once, in its own box ({@code issuedToken}), not as an ordinary message. */
    @PostMapping(PAGE + "/{id}/approve")
    String approve(@AuthenticationPrincipal PlatformUser supervisor, @PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect(PAGE, redirect, () -> {
            ApiTokenService.Issued issued = tokens.approve(id, supervisor);
            redirect.addFlashAttribute("issuedToken", issued.token());
            return null;
        });
    }
}
