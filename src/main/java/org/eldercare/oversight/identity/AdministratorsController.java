package org.eldercare.oversight.identity;

import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 管理员账户 (安全管理员): the accounts of the three administrators, whose passwords only the security administrator
 * resets; he also unlocks, disables and enables them, never his own (三员分立, {@link AdminDuties}).
 */
@Controller
@RequestMapping("/admin/administrators")
@PreAuthorize("hasRole('SECADMIN')")
class AdministratorsController {

    private static final String LIST = "/admin/administrators";
    private final AccountAdministration administration;
    private final ScopedAccounts accounts;
    private final PagePosts posts;
    private final Messages messages;

    AdministratorsController(AccountAdministration administration, ScopedAccounts accounts, PagePosts posts, Messages messages) {
        this.administration = administration;
        this.accounts = accounts;
        this.posts = posts;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PlatformUser admin, Model model) {
        model.addAttribute("users", accounts.administrators());
        model.addAttribute("me", admin.username());
        return "identity/administrators";
    }

    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        return DutyPosts.redirect(posts, LIST, redirect, () -> {
            String temp = administration.resetPassword(id);
            return messages.get("user.passwordReset", accounts.get(id).username(), temp);
        });
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return DutyPosts.redirect(posts, LIST, redirect, () -> {
            administration.unlock(id);
            return messages.get("user.unlocked");
        });
    }

    @PostMapping("/{id}/disable")
    String disable(@AuthenticationPrincipal PlatformUser admin, @PathVariable long id, RedirectAttributes redirect) {
        return DutyPosts.redirect(posts, LIST, redirect, () -> {
            administration.disable(id, admin.username());
            return messages.get("user.disabled");
        });
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return DutyPosts.redirect(posts, LIST, redirect, () -> {
            administration.enable(id);
            return messages.get("user.enabled");
        });
    }
}
