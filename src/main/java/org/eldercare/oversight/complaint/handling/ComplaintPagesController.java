package org.eldercare.oversight.complaint.handling;

import java.util.List;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.QueryString;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' complaint pages (CMP-1): the list and a complaint with its steps and the actions its state allows — accept
 * or refuse, handle, extend, answer, conclude after the 回访, reviews, the department's objection, a 投诉核查 inspection (when
 * the inspection module is present) and the audited reveal of the contact data.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','DEPARTMENT')")
class ComplaintPagesController {

    private final ComplaintList list;
    private final ComplaintService service;
    private final ContactReveal reveal;
    private final ComplaintInspections inspections;
    private final JdbcClient jdbc;
    private final PagePosts posts;

    ComplaintPagesController(ComplaintList list, ComplaintService service, ContactReveal reveal, ComplaintInspections inspections,
                             JdbcClient jdbc, PagePosts posts) {
        this.list = list;
        this.service = service;
        this.reveal = reveal;
        this.inspections = inspections;
        this.jdbc = jdbc;
        this.posts = posts;
    }

    @GetMapping("/complaints")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("result", list.page(state, PageCursor.of(cursor, null, 20)));
        model.addAttribute("states", ComplaintState.values());
        model.addAttribute("state", state);
        model.addAttribute("today", service.today());
        model.addAttribute("filters", QueryString.of("state", state));
        return "complaint/list";
    }

    @GetMapping("/complaints/{id}")
    String show(@PathVariable long id, Model model) {
        Complaint c = service.load(id);
        model.addAttribute("c", c);
        model.addAttribute("today", service.today());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("inspectionAvailable", inspections.available() && c.place().institutionId() != null);
        model.addAttribute("attachments", jdbc.sql("select id, file_name, media_type, size from complaint_attachment where complaint_id = ?"
                + " order by id").param(id).query((rs, n) -> List.of(rs.getString(2), rs.getString(3), rs.getInt(4))).list());
        return "complaint/show";
    }

    @PostMapping("/complaints/{id}/contact/reveal")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String revealContact(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        return posts.form(model, () -> {
            model.addAttribute("revealed", reveal.reveal(id, reason));
            return show(id, model);
        }, () -> show(id, model));
    }

    @PostMapping("/complaints/{id}/accept")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String accept(@PathVariable long id, RedirectAttributes r) {
        return act(id, r, () -> service.accept(id), "已受理，已告知投诉人。");
    }

    @PostMapping("/complaints/{id}/refuse")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return act(id, r, () -> service.refuse(id, reason), "已作出不予受理决定。");
    }

    @PostMapping("/complaints/{id}/start")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String start(@PathVariable long id, RedirectAttributes r) {
        return act(id, r, () -> service.start(id), "已开始办理。");
    }

    @PostMapping("/complaints/{id}/extend")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String extend(@PathVariable long id, @RequestParam(required = false) Integer days, @RequestParam(required = false) String reason,
                  RedirectAttributes r) {
        return act(id, r, () -> service.extend(id, days == null ? 0 : days, reason), "已延期。");
    }

    @PostMapping("/complaints/{id}/answer")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer,
                  @RequestParam(defaultValue = "false") boolean upheld, RedirectAttributes r) {
        return act(id, r, () -> service.answer(id, answer, upheld), "已答复。");
    }

    @PostMapping("/complaints/{id}/conclude")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String conclude(@PathVariable long id, @RequestParam(required = false) String visitNote,
                    @RequestParam(required = false) String satisfaction, RedirectAttributes r) {
        return act(id, r, () -> service.conclude(id, visitNote, Labelled.parse(Satisfaction.class, satisfaction, "满意度")), "已办结。");
    }

    @PostMapping("/complaints/{id}/review")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String review(@PathVariable long id, RedirectAttributes r) {
        return act(id, r, () -> service.requestReview(id), "已登记复查（复核）申请。");
    }

    @PostMapping("/complaints/{id}/review-answer")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String reviewAnswer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes r) {
        return act(id, r, () -> service.answerReview(id, answer), "已答复复查（复核）申请。");
    }

    @PostMapping("/complaints/{id}/object")
    @PreAuthorize("hasRole('DEPARTMENT')")
    String object(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return act(id, r, () -> service.object(id, reason), "已提出异议，投诉退回民政部门。");
    }

    @PostMapping("/complaints/{id}/inspection")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String inspection(@PathVariable long id, RedirectAttributes r) {
        return act(id, r, () -> inspections.open(id), "已开展投诉核查。");
    }

    private String act(long id, RedirectAttributes r, Runnable action, String message) {
        return posts.redirect("/complaints/" + id, r, () -> {
            action.run();
            return message;
        });
    }
}
