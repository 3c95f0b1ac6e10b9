package org.eldercare.oversight.workbench;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.Role;
import org.eldercare.oversight.registry.RegistryFigures.Overview;
import org.eldercare.oversight.todo.TodoBoard;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 工作台: the user's region and their open to-do items (the soonest due; the badge counts them all, #9 item 11); for a
 * supervisor above the townships, the overview of the region broken down by the next level (#9 item 16), or of a region
 * within it ({@code region}).
 */
@Controller
class WorkbenchController {

    /** How many to-dos the page lists, soonest due first. */
    static final int SHOWN = 100;
    private final TodoBoard todos;
    private final Overviews overviews;

    WorkbenchController(TodoBoard todos, Overviews overviews) {
        this.todos = todos;
        this.overviews = overviews;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String region, Model model) {
        if (overviews.shownTo(user)) {
            Overview overview = overviews.of(region);
            model.addAttribute("overview", overview);
            model.addAttribute("overviewData", overviews.chartData(overview));
            model.addAttribute("overviewRows", Stream.concat(overview.parts().stream(), Stream.of(overview.total())).toList());
            model.addAttribute("overviewUp", overview.regionCode().equals(user.regionCode()) ? null : overviews.parentOf(overview));
        }
        model.addAttribute("todos", todos.openFor(user.roles(), user.institutionId(), SHOWN));
        model.addAttribute("todoTotal", todos.countOpenFor(user.roles(), user.institutionId()));
        model.addAttribute("todosShown", SHOWN);
        model.addAttribute("roleLabels", user.roles().stream().map(Role::label).collect(Collectors.joining("、")));
        return "workbench/home";
    }

    /** 导出Excel: every figure of the overview, a row per child region and the total (#9 item 16). */
    @GetMapping("/overview.xlsx")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<byte[]> overviewExcel(@RequestParam(required = false) String region) {
        Overview o = overviews.of(region);
        return Downloads.excel(overviews.excel(o), "辖区概况-" + o.regionName() + "-" + o.asOf() + ".xlsx");
    }
}
