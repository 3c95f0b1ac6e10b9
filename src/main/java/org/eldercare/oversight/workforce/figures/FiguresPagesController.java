package org.eldercare.oversight.workforce.figures;

import java.math.BigDecimal;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.QueryString;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * WRK-2/WRK-5 pages: the region's figures by child region and by institution against its goals, the goals themselves
 * (supervisors set a region's own values), and the workbench card, a fragment the 工作台 loads for supervisors and
 * townships.
 */
@Controller
class FiguresPagesController {

    private static final int PAGE_SIZE = 20;
    private final StaffFigures figures;
    private final Goals goals;
    private final RegionService regions;
    private final DataScope scope;
    private final PagePosts posts;

    FiguresPagesController(StaffFigures figures, Goals goals, RegionService regions, DataScope scope, PagePosts posts) {
        this.figures = figures;
        this.goals = goals;
        this.regions = regions;
        this.scope = scope;
        this.posts = posts;
    }

    @GetMapping("/workforce/figures")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    String figures(@RequestParam(required = false) String region, @RequestParam(required = false) String cursor, Model model) {
        StaffFigures.Report report = figures.region(region);
        model.addAttribute("report", report);
        model.addAttribute("goalList", Goal.values());
        model.addAttribute("institutions", figures.institutions(report.regionCode(), PageCursor.of(cursor, null, PAGE_SIZE)));
        model.addAttribute("filters", QueryString.of("region", region));
        return "workforce/figures";
    }

    @GetMapping("/workforce/workbench-card")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    String card(Model model) {
        model.addAttribute("report", figures.region(null));
        model.addAttribute("goalList", Goal.values());
        return "workforce/card :: card";
    }

    @GetMapping("/workforce/goals")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String goals(@RequestParam(required = false) String region, Model model) {
        String code = region == null || region.isBlank()
                ? scope.currentRegion().map(Region::code).orElseThrow(() -> PlatformException.forbidden("error.forbidden")) : region.trim();
        model.addAttribute("regionCode", code);
        model.addAttribute("regionName", regions.nodeInScope(code).region().name());
        model.addAttribute("settings", goals.of(code));
        model.addAttribute("goalList", Goal.values());
        model.addAttribute("regions", regions.subtreeInScope());
        return "workforce/goals";
    }

    /** Sets ({@code value}) or clears ({@code clear=true}) a region's own goal. */
    @PostMapping("/workforce/goals")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String setGoal(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String goal,
                   @RequestParam(required = false) BigDecimal value, @RequestParam(defaultValue = "false") boolean clear,
                   RedirectAttributes redirect) {
        String code = regionCode == null ? "" : regionCode.trim();
        return posts.redirect("/workforce/goals?region=" + code, redirect, () -> {
            if (code.isEmpty()) {
                throw PlatformException.badRequest("field.required", "区划");
            }
            if (clear) {
                goals.clear(code, goal);
                return "已清除本级设定，沿用上级区划的目标。";
            }
            goals.set(code, goal, value);
            return "已保存目标。";
        });
    }
}
