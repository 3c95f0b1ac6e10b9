package org.eldercare.oversight.inspection.catalogue;

import java.util.Arrays;
import java.util.List;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** INS-2 pages: the items and templates that apply in the region; supervisors add items and save template versions. */
@Controller
class CataloguePagesController {

    private final Catalogue catalogue;
    private final PagePosts posts;

    CataloguePagesController(Catalogue catalogue, PagePosts posts) {
        this.catalogue = catalogue;
        this.posts = posts;
    }

    @GetMapping("/inspection/catalogue")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP')")
    String catalogue(Model model) {
        String region = PlatformUser.current().regionCode();
        List<CheckTemplate> templates = catalogue.templates(region);
        model.addAttribute("items", catalogue.items(region));
        model.addAttribute("templates", templates.stream().map(t -> new Shown(t, catalogue.itemsOf(t).stream().map(CheckItem::code)
                .toList())).toList());
        model.addAttribute("departments", Department.values());
        model.addAttribute("supervisor", PlatformUser.current().has(Role.SUPERVISOR));
        return "inspection/catalogue";
    }

    /** A template with its item codes. */
    record Shown(CheckTemplate template, List<String> itemCodes) {
    }

    @PostMapping("/inspection/catalogue/items")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String addItem(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                   @RequestParam(required = false) String legalBasis, @RequestParam(required = false) String clause,
                   @RequestParam(required = false) String method, @RequestParam(required = false) String institutionKinds,
                   @RequestParam(required = false) String department, RedirectAttributes redirect) {
        return posts.redirect("/inspection/catalogue", redirect, () -> {
            catalogue.addItem(new CheckItem.Input(code, name, legalBasis, clause, method, split(institutionKinds),
                    Labelled.parse(Department.class, department, "责任部门")));
            return "检查事项已新增。";
        });
    }

    @PostMapping("/inspection/catalogue/templates")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String saveTemplate(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
                        @RequestParam(required = false) String itemCodes, RedirectAttributes redirect) {
        return posts.redirect("/inspection/catalogue", redirect, () -> {
            CheckTemplate t = catalogue.saveTemplate(code, name, split(itemCodes));
            return "检查表已保存为第 " + t.versionNo() + " 版。";
        });
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
