package org.eldercare.oversight.registry.filing;

import java.util.List;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
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
    /** At most this many bureaus on the page; a province or prefecture chosen in the filter narrows the list. */
    static final int SHOWN = 300;
    private final ReceiptPrefixSettings settings;
    private final PagePosts posts;
    private final Messages messages;
    private final RegionService regions;

    ReceiptPrefixPagesController(ReceiptPrefixSettings settings, PagePosts posts, Messages messages, RegionService regions) {
        this.settings = settings;
        this.posts = posts;
        this.messages = messages;
        this.regions = regions;
    }

    @GetMapping(PAGE)
    String bureaus(@RequestParam(required = false) String region, Model model) {
        List<ReceiptPrefixSettings.Bureau> bureaus = settings.list(region, SHOWN + 1);
        model.addAttribute("bureaus", bureaus.size() > SHOWN ? bureaus.subList(0, SHOWN) : bureaus);
        model.addAttribute("more", bureaus.size() > SHOWN);
        model.addAttribute("regionPicker", regions.picker("region", RegionPicker.Kind.PREFECTURE_FILTER, region));
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
