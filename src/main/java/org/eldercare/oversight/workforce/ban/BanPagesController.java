package org.eldercare.oversight.workforce.ban;

import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** WRK-3 pages: the region's entries, entering and revoking one (supervisors), and the check (whoever hires). */
@Controller
class BanPagesController {

    private static final int PAGE_SIZE = 20;
    private final BanRegister register;
    private final BanCheck check;
    private final BanList list;
    private final PagePosts posts;
    private final Clock clock;

    BanPagesController(BanRegister register, BanCheck check, BanList list, PagePosts posts, Clock clock) {
        this.register = register;
        this.check = check;
        this.list = list;
        this.posts = posts;
        this.clock = clock;
    }

    /** The entry form; the ID number is never sent back to the browser (a refused form shows it empty). */
    record BanForm(String name, String idNumber, String source, String sourceDocument, String issuingAuthority, String reason,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

        BanForm withoutIdNumber() {
            return new BanForm(name, "", source, sourceDocument, issuingAuthority, reason, startDate, endDate);
        }
    }

    @GetMapping("/workforce/bans")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String bans(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("result", list.page(PageCursor.of(cursor, null, PAGE_SIZE)));
        return "workforce/bans";
    }

    @GetMapping("/workforce/bans/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String newBan(Model model) {
        return form(model, new BanForm("", "", BanSource.COURT.name(), "", "", "", null, null));
    }

    @PostMapping("/workforce/bans")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String add(BanForm form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            IndustryBan b = register.add(form.idNumber(), new IndustryBan.Entry(form.name(),
                    Labelled.parse(BanSource.class, form.source(), "禁入来源"), form.sourceDocument(), form.issuingAuthority(),
                    form.reason(), form.startDate(), form.endDate()));
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已录入行业禁入：" + b.personName() + "（" + b.idNumberMasked()
                    + "），该人员的在岗聘用已标记并通知所在地监管员。");
            return "redirect:/workforce/bans";
        }, () -> form(model, form.withoutIdNumber()));
    }

    @PostMapping("/workforce/bans/{id}/revoke")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return posts.redirect("/workforce/bans", redirect, () -> {
            IndustryBan b = register.revoke(id, reason);
            return "已撤销行业禁入：" + b.personName() + "（" + b.idNumberMasked() + "）。";
        });
    }

    @GetMapping("/workforce/bans/check")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSTITUTION')")
    String checkForm() {
        return "workforce/ban-check";
    }

    /** The check answers on the page itself (the number stays in the form post, never in a URL or a redirect). */
    @PostMapping("/workforce/bans/check")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSTITUTION')")
    String check(@RequestParam(required = false) String idNumber, Model model) {
        try {
            model.addAttribute("verdict", check.check(idNumber));
        } catch (PlatformException e) {
            model.addAttribute(PagePosts.ERROR, posts.reason(e));
        }
        return "workforce/ban-check";
    }

    private String form(Model model, BanForm form) {
        model.addAttribute("form", form);
        model.addAttribute("sources", BanSource.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
        return "workforce/ban-form";
    }
}
