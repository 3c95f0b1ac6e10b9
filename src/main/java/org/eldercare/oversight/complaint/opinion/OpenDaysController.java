package org.eldercare.oversight.complaint.opinion;

import java.time.LocalDate;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PagePosts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** CMP-2 pages: the open days and opinion records (a site records its own; supervisors and townships see their region's). */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSTITUTION')")
class OpenDaysController {

    private final OpenDays openDays;
    private final PagePosts posts;

    OpenDaysController(OpenDays openDays, PagePosts posts) {
        this.openDays = openDays;
        this.posts = posts;
    }

    @GetMapping("/complaints/open-days")
    String list(Model model) {
        model.addAttribute("days", openDays.days());
        model.addAttribute("opinions", openDays.opinions());
        model.addAttribute("sources", OpenDays.Source.values());
        return "complaint/open-days";
    }

    @PostMapping("/complaints/open-days")
    @PreAuthorize("hasRole('INSTITUTION')")
    String recordDay(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                     @RequestParam(required = false) String title, @RequestParam(required = false) String participants,
                     @RequestParam(required = false) Integer visitors, RedirectAttributes redirect) {
        return posts.redirect("/complaints/open-days", redirect, () -> {
            openDays.recordDay(heldOn, title, participants, visitors);
            return "已记录开放日。";
        });
    }

    @PostMapping("/complaints/opinions")
    @PreAuthorize("hasRole('INSTITUTION')")
    String recordOpinion(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                         @RequestParam(required = false) String source, @RequestParam(required = false) String content,
                         @RequestParam(required = false) String response, RedirectAttributes redirect) {
        return posts.redirect("/complaints/open-days", redirect, () -> {
            openDays.recordOpinion(receivedOn, Labelled.parse(OpenDays.Source.class, source, "意见来源"), content, response);
            return "已记录意见。";
        });
    }
}
