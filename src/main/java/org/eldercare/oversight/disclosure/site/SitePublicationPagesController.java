package org.eldercare.oversight.disclosure.site;

import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.PlatformUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of a service site's own publication (DIS-1): the institution edits its own, supervisors look. */
@Controller
class SitePublicationPagesController {

    private final SitePublications publications;
    private final PagePosts posts;

    SitePublicationPagesController(SitePublications publications, PagePosts posts) {
        this.publications = publications;
        this.posts = posts;
    }

    /** The menu entry of an institution account: its own site's publication. */
    @GetMapping("/disclosure/site")
    @PreAuthorize("hasRole('INSTITUTION')")
    String own() {
        Long id = PlatformUser.current().institutionId();
        if (id == null) {
            throw PlatformException.notFound("disclosure.site.notFound");
        }
        return "redirect:/disclosure/sites/" + id;
    }

    @GetMapping("/disclosure/sites/{institutionId}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    String page(@PathVariable long institutionId, Model model) {
        SitePublication p = publications.view(institutionId);
        model.addAttribute("site", p);
        model.addAttribute("editable", publications.editable(institutionId));
        List<SitePublication.Fee> rows = new ArrayList<>(p.fees());
        for (int i = 0; i < 3; i++) {
            rows.add(new SitePublication.Fee(null, null, null, null, null));
        }
        model.addAttribute("feeRows", rows);
        return "disclosure/site";
    }

    @PostMapping("/disclosure/sites/{institutionId}")
    @PreAuthorize("hasRole('INSTITUTION')")
    String publish(@PathVariable long institutionId, @RequestParam(required = false) String serviceItems,
                   @RequestParam(required = false) String houseRules, @RequestParam(required = false) String complaintPhone,
                   @RequestParam(required = false) List<String> feeItem, @RequestParam(required = false) List<String> feeUnit,
                   @RequestParam(required = false) List<String> feePrice, @RequestParam(required = false) List<String> feeMethod,
                   @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        List<SitePublication.FeeInput> fees = new ArrayList<>();
        int n = feeItem == null ? 0 : feeItem.size();
        for (int i = 0; i < n; i++) {
            fees.add(new SitePublication.FeeInput(at(feeItem, i), at(feeUnit, i), at(feePrice, i), at(feeMethod, i)));
        }
        return posts.redirect("/disclosure/sites/" + institutionId, redirect, () -> {
            publications.publish(institutionId, new SitePublication.Input(serviceItems, houseRules, complaintPhone, fees, version));
            return "公示信息已更新，公示日期为今天。";
        });
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }
}
