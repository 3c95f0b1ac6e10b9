package org.eldercare.oversight.registry.crosscheck;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * REG-4 township verification leads: the list in scope by status, searched by name or code, a page at a time with the
 * real total (#9 item 11), its streamed Excel export; one lead and its on-site result.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class LeadPagesController {

    /** Leads listed per page. */
    static final int PAGE = 50;
    private final VerificationLeads leads;
    private final PagePosts posts;
    private final Messages messages;
    private final Clock clock;

    LeadPagesController(VerificationLeads leads, PagePosts posts, Messages messages, Clock clock) {
        this.leads = leads;
        this.posts = posts;
        this.messages = messages;
        this.clock = clock;
    }

    /** Leads by status: {@code OPEN} (default), {@code VERIFIED} or {@code ALL}; an unknown status lists none. */
    @GetMapping("/registry/leads")
    String leads(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(required = false) String q,
                 @RequestParam(required = false) String after, Model model) {
        model.addAttribute("leads", leads.page(new VerificationLeads.Criteria(status, q), after, PAGE));
        model.addAttribute("status", status);
        model.addAttribute("q", q == null ? "" : q);
        return "registry/leads";
    }

    /** The leads the list shows (same status and search), all of them, as an Excel file written while they are read. */
    @GetMapping("/registry/leads.xlsx")
    void export(@RequestParam(defaultValue = "OPEN") String status, @RequestParam(required = false) String q,
                HttpServletResponse response) throws IOException {
        Downloads.excel(response, "核查线索-" + LocalDate.now(clock) + ".xlsx", "核查线索", VerificationLeads.EXCEL_HEADERS,
                rows -> leads.export(new VerificationLeads.Criteria(status, q), rows));
    }

    @GetMapping("/registry/leads/{id}")
    String lead(@PathVariable long id, Model model) {
        model.addAttribute("lead", leads.lead(id));
        model.addAttribute("results", VerificationLead.Result.values());
        return "registry/lead";
    }

    @PostMapping("/registry/leads/{id}")
    String recordResult(@PathVariable long id, @RequestParam(defaultValue = "") String result,
                        @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return posts.redirect("/registry/leads/" + id, redirect, () -> {
            leads.recordResult(id, result, note);
            return messages.get("registry.lead.recorded");
        });
    }
}
