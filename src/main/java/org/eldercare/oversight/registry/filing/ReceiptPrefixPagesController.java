package org.eldercare.oversight.registry.filing;

import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 回执前缀: the filing bureaus of the supervisor's region with their receipt-number prefixes, each settable. */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class ReceiptPrefixPagesController {

    private static final String PAGE = "/registry/receipt-prefixes";
    private final ReceiptPrefixSettings settings;
    private final PagePosts posts;
    private final Messages messages;

    ReceiptPrefixPagesController(ReceiptPrefixSettings settings, PagePosts posts, Messages messages) {
        this.settings = settings;
        this.posts = posts;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String bureaus(Model model) {
        model.addAttribute("bureaus", settings.list());
        return "registry/receipt-prefixes";
    }

    @PostMapping(PAGE + "/{regionCode}")
    String set(@PathVariable String regionCode, @RequestParam(required = false) String prefix, RedirectAttributes redirect) {
        return posts.redirect(PAGE, redirect, () -> {
            ReceiptPrefixSettings.Bureau b = settings.set(regionCode, prefix);
            return messages.get("registry.receiptPrefix.saved", b.regionName(), b.prefix());
        });
    }
}
