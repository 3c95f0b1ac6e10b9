package org.eldercare.oversight.inspection.spotcheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of 双随机抽查 (INS-2): the plans, the plan form, a plan with its draw, the verification and the assignment table. */
@Controller
class SpotCheckPagesController {

    private final SpotCheckPlans plans;
    private final SpotCheckDraws draws;
    private final RegionService regions;
    private final PagePosts posts;

    SpotCheckPagesController(SpotCheckPlans plans, SpotCheckDraws draws, RegionService regions, PagePosts posts) {
        this.plans = plans;
        this.draws = draws;
        this.regions = regions;
        this.posts = posts;
    }

    /** The plan form; ratio in percent or a count; weights per signal (presets 2, 3, 3, 3). */
    record PlanForm(String title, String regionCode, String items, BigDecimal ratioPercent, Integer count,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowStart,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate windowEnd, List<String> departments,
                    Integer inspectorsPerDepartment, Integer weightComplaint, Integer weightMajorHazard, Integer weightDishonest,
                    Integer weightSeriousViolation, String combination) {

        PlanInput input() {
            Map<String, Integer> w = new java.util.HashMap<>();
            putIf(w, "COMPLAINT", weightComplaint);
            putIf(w, "MAJOR_HAZARD", weightMajorHazard);
            putIf(w, "DISHONEST", weightDishonest);
            putIf(w, "SERIOUS_VIOLATION", weightSeriousViolation);
            return new PlanInput(title, regionCode, items, ratioPercent, count, windowStart, windowEnd, departments,
                    inspectorsPerDepartment, w, combination);
        }

        private static void putIf(Map<String, Integer> w, String key, Integer value) {
            if (value != null) {
                w.put(key, value);
            }
        }
    }

    @GetMapping("/inspection/spot-checks")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','DEPARTMENT')")
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("result", plans.page(PageCursor.of(cursor, null, 20)));
        model.addAttribute("supervisor", PlatformUser.current().has(Role.SUPERVISOR));
        return "inspection/spot-checks";
    }

    @GetMapping("/inspection/spot-checks/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String newPlan(Model model) {
        LocalDate today = LocalDate.now();
        return form(model, new PlanForm("", null, "", new BigDecimal("5"), null, today, today.plusMonths(1),
                List.of("CIVIL_AFFAIRS"), 2, 2, 3, 3, 3, WeightCombination.MAX.name()));
    }

    @PostMapping("/inspection/spot-checks")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(PlanForm form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            SpotCheckPlan plan = plans.create(form.input());
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已新建抽查计划：" + plan.title() + "。");
            return "redirect:/inspection/spot-checks/" + plan.id();
        }, () -> form(model, form));
    }

    @GetMapping("/inspection/spot-checks/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','DEPARTMENT')")
    String plan(@PathVariable long id, Model model) {
        SpotCheckPlan plan = plans.load(id);
        model.addAttribute("plan", PlanView.of(plan));
        model.addAttribute("departmentNames", plans.departmentNames());
        model.addAttribute("draw", plan.state() == PlanState.DRAWN ? draws.view(id) : null);
        model.addAttribute("supervisor", PlatformUser.current().has(Role.SUPERVISOR));
        return "inspection/spot-check";
    }

    @PostMapping("/inspection/spot-checks/{id}/draw")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String draw(@PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect("/inspection/spot-checks/" + id, redirect, () -> {
            DrawView d = draws.draw(id);
            return "已抽取：从 " + d.objectCount() + " 个服务场所中抽中 " + d.selected().size() + " 个，种子与名录哈希已存档并公示。";
        });
    }

    @PostMapping("/inspection/spot-checks/{id}/verify")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','DEPARTMENT')")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect("/inspection/spot-checks/" + id, redirect, () -> {
            VerifyView v = draws.verify(id);
            redirect.addFlashAttribute("verification", v);
            return null;
        });
    }

    private String form(Model model, PlanForm form) {
        model.addAttribute("form", form);
        model.addAttribute("departments", plans.departmentNames());
        model.addAttribute("combinations", WeightCombination.values());
        model.addAttribute("regionPicker", regions.picker("regionCode", RegionPicker.Kind.ANY, form.regionCode()));
        return "inspection/spot-check-form";
    }
}
