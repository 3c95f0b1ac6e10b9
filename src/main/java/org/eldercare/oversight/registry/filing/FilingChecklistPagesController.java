package org.eldercare.oversight.registry.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 备案材料清单 (REG-11): the checklist that applies in the supervisor's region (or a region below it), editable as a whole,
 * with 恢复继承 for a region's own checklist, and where the child regions' checklists come from.
 */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class FilingChecklistPagesController {

    private static final String PAGE = "/registry/filing-checklists";
    private final FilingChecklists checklists;
    private final PagePosts posts;
    private final Messages messages;

    FilingChecklistPagesController(FilingChecklists checklists, PagePosts posts, Messages messages) {
        this.checklists = checklists;
        this.posts = posts;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) String region, Model model) {
        FilingChecklist checklist = checklists.view(region);
        model.addAttribute("checklist", checklist);
        model.addAttribute("children", checklists.children(checklist.regionCode()));
        model.addAttribute("materials", FilingMaterial.values());
        model.addAttribute("requirements", FilingChecklist.Requirement.values());
        model.addAttribute("rules", checklist.rules().stream().collect(Collectors.toMap(r -> r.material().name(), r -> r)));
        return "registry/filing-checklists";
    }

    /**
     * Saves the whole checklist: per material {@code requirement_<M>} (blank: not on the checklist), {@code substitute_<M>},
     * {@code exemption_<M>} and {@code maxArea_<M>}, in the catalogue's order.
     */
    @PostMapping(PAGE + "/{regionCode}")
    String set(@PathVariable String regionCode, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return posts.redirect(back(regionCode), redirect, () -> {
            FilingChecklist c = checklists.set(regionCode, rules(form));
            return messages.get("filing.checklist.saved", c.regionName(), c.rules().size());
        });
    }

    @PostMapping(PAGE + "/{regionCode}/clear")
    String clear(@PathVariable String regionCode, RedirectAttributes redirect) {
        return posts.redirect(back(regionCode), redirect, () -> {
            FilingChecklist c = checklists.clear(regionCode);
            return messages.get("filing.checklist.cleared", c.regionName(), c.sourceName());
        });
    }

    private static List<FilingChecklists.RuleInput> rules(Map<String, String> form) {
        List<FilingChecklists.RuleInput> rules = new ArrayList<>();
        for (FilingMaterial m : FilingMaterial.values()) {
            String requirement = form.get("requirement_" + m.name());
            if (requirement == null || requirement.isBlank()) {
                continue;
            }
            String exemption = form.get("exemption_" + m.name());
            rules.add(new FilingChecklists.RuleInput(m.name(), requirement, form.get("substitute_" + m.name()), exemption,
                    exemption == null || exemption.isBlank() ? null : area(m, form.get("maxArea_" + m.name()))));
        }
        return rules;
    }

    /** The typed area limit; anything but a whole number is refused as the API refuses a bad one. */
    private static Integer area(FilingMaterial m, String typed) {
        String a = typed == null ? "" : typed.strip();
        if (!a.matches("\\d{1,6}")) {
            throw PlatformException.badRequest("filing.checklist.maxArea", m.label(), String.valueOf(FilingChecklists.MAX_AREA));
        }
        return Integer.valueOf(a);
    }

    /** Back to the region's checklist: {@code regionCode} is put in the link only when it looks like a region code. */
    private static String back(String regionCode) {
        return regionCode != null && regionCode.matches("\\d{6}|\\d{12}") ? PAGE + "?region=" + regionCode : PAGE;
    }
}
