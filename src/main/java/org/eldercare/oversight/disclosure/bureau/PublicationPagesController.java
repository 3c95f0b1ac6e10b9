package org.eldercare.oversight.disclosure.bureau;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisors' pages of the bureau's publications (DIS-2): list, publish, withdraw. */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class PublicationPagesController {

    private final Publications publications;
    private final DisclosureSettings settings;
    private final RegionService regions;
    private final DataScope scope;
    private final PagePosts posts;

    PublicationPagesController(Publications publications, DisclosureSettings settings, RegionService regions, DataScope scope,
                               PagePosts posts) {
        this.publications = publications;
        this.settings = settings;
        this.regions = regions;
        this.scope = scope;
        this.posts = posts;
    }

    @GetMapping("/disclosure/publications")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("result", publications.inScope(PageCursor.of(cursor, 20, 20)));
        model.addAttribute("regionPicker", regions.picker("regionCode", RegionPicker.Kind.ANY, null));
        model.addAttribute("categories", PublicationCategory.values());
        model.addAttribute("levels", PolicyLevel.values());
        scope.currentRegion().ifPresent(r -> {
            model.addAttribute("settingsRegion", r);
            model.addAttribute("periods", settings.periods(r.code()));
        });
        return "disclosure/publications";
    }

    @PostMapping("/disclosure/publications")
    String publish(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String category,
                   @RequestParam(required = false) String title, @RequestParam(required = false) String level,
                   @RequestParam(required = false) String typeTag, @RequestParam(required = false) String summary,
                   @RequestParam(required = false) String link,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventDate,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
                   @RequestParam(name = "pdf", required = false) MultipartFile pdf, RedirectAttributes redirect) {
        return posts.redirect("/disclosure/publications", redirect, () -> {
            Publications.Pdf file = pdf == null || pdf.isEmpty() ? null : new Publications.Pdf(pdf.getOriginalFilename(), pdf.getBytes());
            Publication p = publications.publish(new Publications.Input(regionCode, category, title, level, typeTag, summary, link,
                    eventDate, publishedOn), file);
            return "已发布“" + p.title() + "”（期限 " + p.dueDate() + "，" + p.timeliness() + "）。";
        });
    }

    @PostMapping("/disclosure/settings/{regionCode}")
    String settings(@PathVariable String regionCode, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return posts.redirect("/disclosure/publications", redirect, () -> {
            Map<String, Integer> values = new HashMap<>();
            for (String key : DisclosureSettings.PERIODS.keySet()) {
                String v = form.get("period_" + key);
                if (v != null && !v.isBlank()) {
                    try {
                        values.put(key, Integer.valueOf(v.trim()));
                    } catch (NumberFormatException e) {
                        throw PlatformException.badRequest("disclosure.settings.range", DisclosureSettings.PERIODS.get(key));
                    }
                }
            }
            settings.set(regionCode, values);
            return "公开期限已保存。";
        });
    }

    @PostMapping("/disclosure/publications/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect("/disclosure/publications", redirect, () -> {
            publications.withdraw(id);
            return "已撤回。";
        });
    }
}
