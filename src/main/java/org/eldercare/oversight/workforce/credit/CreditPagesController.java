package org.eldercare.oversight.workforce.credit;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.workforce.staff.StaffDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** WRK-4 pages: an employee's credit records (tab 从业信用) and the employer's lookup with the person's consent. */
@Controller
class CreditPagesController {

    private final StaffCredit credit;
    private final StaffDirectory directory;
    private final PagePosts posts;
    private final Clock clock;

    CreditPagesController(StaffCredit credit, StaffDirectory directory, PagePosts posts, Clock clock) {
        this.credit = credit;
        this.directory = directory;
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping("/workforce/staff/{id}/credit")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("card", directory.card(id));
        model.addAttribute("evaluations", credit.of(id));
        model.addAttribute("kinds", EvaluationKind.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
        model.addAttribute("tab", "credit");
        return "workforce/employee-credit";
    }

    @PostMapping("/workforce/staff/{id}/evaluations")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    String record(@PathVariable long id, @RequestParam(required = false) String kind, @RequestParam(required = false) String summary,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
                  RedirectAttributes redirect) {
        return posts.redirect("/workforce/staff/" + id + "/credit", redirect, () -> {
            credit.record(id, new StaffCredit.NewEvaluation(kind, summary, occurredOn));
            return "已登记信用记录。";
        });
    }

    @GetMapping("/workforce/credit")
    @PreAuthorize("hasRole('INSTITUTION')")
    String lookupForm() {
        return "workforce/credit-lookup";
    }

    /** Answers on the page itself: the number stays in the form post. */
    @PostMapping("/workforce/credit")
    @PreAuthorize("hasRole('INSTITUTION')")
    String lookUp(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String consentDocument, Model model) {
        try {
            model.addAttribute("lookup", credit.lookUp(idNumber, consentDocument));
        } catch (PlatformException e) {
            model.addAttribute(PagePosts.ERROR, posts.reason(e));
        }
        return "workforce/credit-lookup";
    }
}
