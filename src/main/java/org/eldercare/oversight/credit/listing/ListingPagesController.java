package org.eldercare.oversight.credit.listing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.credit.record.CreditCodes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** CRD-3 pages: the procedures in scope by state, one procedure with its steps and the form of its next step. */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class ListingPagesController {

    private final ListingService listings;
    private final ListingQueries queries;
    private final PagePosts posts;

    ListingPagesController(ListingService listings, ListingQueries queries, PagePosts posts) {
        this.listings = listings;
        this.queries = queries;
        this.posts = posts;
    }

    @GetMapping("/credit/listings")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor, Model model) {
        ListingStatus s = Labelled.parseOr(ListingStatus.class, status, "程序状态", null);
        model.addAttribute("result", queries.page(s, PageCursor.of(cursor, null, 20)));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("statuses", ListingStatus.values());
        return "credit/listings";
    }

    @GetMapping("/credit/listings/{id}")
    String listing(@PathVariable long id, Model model) {
        model.addAttribute("listing", ListingView.of(listings.load(id)));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("grounds", RemovalGround.values());
        return "credit/listing";
    }

    @PostMapping("/credit/listings")
    String propose(@RequestParam(required = false) String uscc, @RequestParam(required = false) String listKind,
                   @RequestParam(required = false) String condition, @RequestParam(required = false) String grounds,
                   RedirectAttributes redirect) {
        String target = "/credit/codes/" + URLEncoder.encode(CreditCodes.normalise(uscc), StandardCharsets.UTF_8);
        return posts.redirect(target, redirect, () -> {
            Listing l = listings.propose(new ListingService.Proposal(uscc, listKind, condition, grounds));
            return "已拟列入" + l.listKind().label() + "，下一步：送达告知书。";
        });
    }

    /** The step's form fields; which ones a step reads depends on {@code step}. */
    record StepForm(String step, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, String text, String reason,
                    String legalReview, String choice, Boolean yes) {
    }

    @PostMapping("/credit/listings/{id}/steps")
    String step(@PathVariable long id, StepForm f, RedirectAttributes redirect) {
        return posts.redirect("/credit/listings/" + id, redirect, () -> {
            boolean yes = Boolean.TRUE.equals(f.yes());
            Listing l = switch (f.step() == null ? "" : f.step()) {
                case "notice" -> listings.notifySubject(id, f.day(), f.text());
                case "objection" -> listings.recordObjection(id, f.text(), f.day());
                case "review" -> listings.reviewObjection(id, yes, f.reason());
                case "decision" -> listings.decide(id, yes, f.reason(), f.legalReview());
                case "publication" -> listings.publish(id, f.choice(), f.day(), f.text());
                case "removal" -> listings.remove(id, f.choice(), f.reason());
                default -> throw PlatformException.badRequest("field.invalid", "办理步骤");
            };
            return "已办理，当前状态：" + l.status().label() + "。";
        });
    }
}
