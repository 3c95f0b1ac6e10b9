package org.eldercare.oversight.registry.figures;

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

/** 护理型床位目标: the goals of the supervisor's region and of the regions one level below, each settable. */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class NursingBedGoalPagesController {

    private static final String PAGE = "/registry/nursing-bed-goals";
    private final NursingBedGoals goals;
    private final PagePosts posts;
    private final Messages messages;

    NursingBedGoalPagesController(NursingBedGoals goals, PagePosts posts, Messages messages) {
        this.goals = goals;
        this.posts = posts;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    String list(@RequestParam(required = false) String region, Model model) {
        model.addAttribute("goals", goals.list(region));
        return "registry/nursing-bed-goals";
    }

    @PostMapping(PAGE + "/{regionCode}")
    String set(@PathVariable String regionCode, @RequestParam(required = false) String percent,
               @RequestParam(required = false) String listed, RedirectAttributes redirect) {
        return posts.redirect(back(listed), redirect, () -> {
            NursingBedGoals.Goal g = goals.set(regionCode, whole(percent));
            return messages.get("registry.nursingGoal.saved", g.regionName(), g.percent());
        });
    }

    @PostMapping(PAGE + "/{regionCode}/clear")
    String clear(@PathVariable String regionCode, @RequestParam(required = false) String listed, RedirectAttributes redirect) {
        return posts.redirect(back(listed), redirect, () -> {
            NursingBedGoals.Goal g = goals.clear(regionCode);
            return messages.get("registry.nursingGoal.cleared", g.regionName(), g.sourceName(), g.percent());
        });
    }

    /** The typed percentage; anything but a whole number is refused as the API refuses it. */
    private static Integer whole(String percent) {
        String p = percent == null ? "" : percent.strip().replace("%", "");
        if (!p.matches("\\d{1,3}")) {
            throw PlatformException.badRequest("registry.nursingGoal.invalid");
        }
        return Integer.valueOf(p);
    }

    /** Back to the list the form was on: {@code listed} is a region code, anything else is ignored. */
    private static String back(String listed) {
        return listed != null && listed.matches("\\d{6}|\\d{12}") ? PAGE + "?region=" + listed : PAGE;
    }
}
