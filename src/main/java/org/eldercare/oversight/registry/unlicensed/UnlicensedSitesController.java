package org.eldercare.oversight.registry.unlicensed;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.QueryString;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** REG-5 无证机构台账 pages: list by status and search text in keyset pages, Excel export, record and update a site. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class UnlicensedSitesController {

    private static final int PAGE_SIZE = 20;
    private final UnlicensedSites sites;
    private final SiteList list;
    private final RegionService regions;
    private final PagePosts posts;
    private final Clock clock;

    UnlicensedSitesController(UnlicensedSites sites, SiteList list, RegionService regions, PagePosts posts, Clock clock) {
        this.sites = sites;
        this.list = list;
        this.regions = regions;
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping("/registry/unlicensed")
    String sites(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("result", list.page(new SiteList.Criteria(status, q), PageCursor.of(cursor, null, PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("filters", QueryString.of("status", status, "q", q));
        model.addAttribute("statuses", SiteStatus.values());
        return "registry/unlicensed";
    }

    @GetMapping("/registry/unlicensed/export")
    ResponseEntity<byte[]> sitesExcel(@RequestParam(required = false) String status, @RequestParam(required = false) String q) {
        return Downloads.excel(list.excel(new SiteList.Criteria(status, q)), "无证养老机构台账-" + LocalDate.now(clock) + ".xlsx");
    }

    private String form(Model model, UnlicensedSites.Form form, Long siteId) {
        model.addAttribute("regionPicker", regions.picker("regionCode", RegionPicker.Kind.ANY, form.regionCode()));
        model.addAttribute("statuses", SiteStatus.values());
        model.addAttribute("sources", SiteSource.values());
        model.addAttribute("form", form);
        if (siteId != null) {
            model.addAttribute("siteId", siteId);
        }
        return "registry/unlicensed-form";
    }

    @GetMapping("/registry/unlicensed/new")
    String newSite(Model model) {
        return form(model, UnlicensedSites.Form.blank(LocalDate.now(clock)), null);
    }

    @GetMapping("/registry/unlicensed/{id}")
    String edit(@PathVariable long id, Model model) {
        UnlicensedSites.Site s = sites.get(id);
        model.addAttribute("site", s);
        return form(model, UnlicensedSites.Form.of(s), id);
    }

    @PostMapping("/registry/unlicensed")
    String create(UnlicensedSites.Form form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            sites.create(form);
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已登记到无证机构台账。");
            return "redirect:/registry/unlicensed";
        }, () -> form(model, form, null));
    }

    @PostMapping("/registry/unlicensed/{id}")
    String update(@PathVariable long id, UnlicensedSites.Form form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            sites.update(id, form);
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已保存。");
            return "redirect:/registry/unlicensed";
        }, () -> form(model, form, id));
    }
}
