package org.eldercare.oversight.workforce.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.QueryString;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.workforce.access.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** WRK-1 pages: the staff list with filters and export, search by ID number, hiring, the employee's record, ending, reveal. */
@Controller
class StaffPagesController {

    private static final int PAGE_SIZE = 20;
    private final Hiring hiring;
    private final StaffList list;
    private final StaffDirectory directory;
    private final StaffPeople people;
    private final Workplaces workplaces;
    private final RegionService regions;
    private final PagePosts posts;
    private final Clock clock;

    StaffPagesController(Hiring hiring, StaffList list, StaffDirectory directory, StaffPeople people, Workplaces workplaces,
                         RegionService regions, PagePosts posts, Clock clock) {
        this.hiring = hiring;
        this.list = list;
        this.directory = directory;
        this.people = people;
        this.workplaces = workplaces;
        this.regions = regions;
        this.posts = posts;
        this.clock = clock;
    }

    /** The hiring form; the ID number is never sent back to the browser (a refused form shows it empty). */
    record HireForm(String institution, String name, String idNumber, String phone, String role, String careLevel,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate, Integer inTradeSince, String priorEmployers) {

        Hiring.NewHire hire() {
            return new Hiring.NewHire(name, idNumber, phone, role, careLevel, startDate, inTradeSince, priorEmployers);
        }

        HireForm withoutIdNumber() {
            return new HireForm(institution, name, "", phone, role, careLevel, startDate, inTradeSince, priorEmployers);
        }
    }

    @GetMapping("/workforce/staff")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    String staff(@RequestParam(required = false) String region, @RequestParam(required = false) String role,
                 @RequestParam(required = false) Boolean certified, @RequestParam(required = false) String status,
                 @RequestParam(required = false) String q, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("result", list.page(new StaffList.Criteria(region, role, certified, status, q),
                PageCursor.of(cursor, null, PAGE_SIZE)));
        model.addAttribute("filters", QueryString.of("region", region, "role", role, "certified", certified, "status", status, "q", q));
        return listView(model, region, role, certified, status, q);
    }

    @GetMapping("/workforce/staff/export")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String region, @RequestParam(required = false) String role,
                                  @RequestParam(required = false) Boolean certified, @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String q) {
        return Downloads.excel(list.excel(new StaffList.Criteria(region, role, certified, status, q)),
                "从业人员-" + LocalDate.now(clock.withZone(ClockConfiguration.ZONE)) + ".xlsx");
    }

    /** Exact search by 公民身份号码 (form post: the number never appears in a URL); answers on the list page. */
    @PostMapping("/workforce/staff/search-id")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    String searchById(@RequestParam(required = false) String idNumber, Model model) {
        try {
            List<StaffList.Staff> found = people.find(people.parse(idNumber)).map(p -> list.ofPerson(p.id())).orElse(List.of());
            model.addAttribute("found", found);
        } catch (PlatformException e) {
            model.addAttribute(PagePosts.ERROR, posts.reason(e));
        }
        return listView(model, null, null, null, null, null);
    }

    private String listView(Model model, String region, String role, Boolean certified, String status, String q) {
        model.addAttribute("region", region);
        model.addAttribute("role", role);
        model.addAttribute("certified", certified);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("regions", Caller.current().institutionOnly() ? List.of() : regions.subtreeInScope());
        model.addAttribute("caller", Caller.current());
        return "workforce/staff";
    }

    @GetMapping("/workforce/staff/new")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    String newHire(Model model) {
        Caller caller = Caller.current();
        String own = caller.institutionOnly() && caller.institutionId() != null
                ? workplaces.institution(caller.institutionId()).uscc() : "";
        return form(model, new HireForm(own, "", "", "", StaffRole.CARE_WORKER.name(), "",
                LocalDate.now(clock.withZone(ClockConfiguration.ZONE)), null, ""));
    }

    @PostMapping("/workforce/staff")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    String hire(HireForm form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            Employment e = hiring.hire(form.institution(), form.hire());
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已录用，行业禁入核查未发现限制。");
            return "redirect:/workforce/staff/" + e.id();
        }, () -> form(model, form.withoutIdNumber()));
    }

    private String form(Model model, HireForm form) {
        model.addAttribute("form", form);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("levels", CareLevel.values());
        model.addAttribute("caller", Caller.current());
        return "workforce/staff-form";
    }

    @GetMapping("/workforce/staff/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    String employee(@PathVariable long id, Model model) {
        model.addAttribute("record", directory.record(id));
        model.addAttribute("today", LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
        model.addAttribute("tab", "basic");
        return "workforce/employee";
    }

    @PostMapping("/workforce/staff/{id}/end")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    String end(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
               @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return posts.redirect("/workforce/staff/" + id, redirect, () -> {
            hiring.end(id, endDate, reason);
            return "已办理离职。";
        });
    }

    /** Shows the full number once on the record page, after the reveal is audited. */
    @PostMapping("/workforce/staff/{id}/reveal-id")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    String reveal(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
        try {
            model.addAttribute("revealedId", people.reveal(id, reason));
        } catch (PlatformException e) {
            model.addAttribute(PagePosts.ERROR, posts.reason(e));
        }
        return employee(id, model);
    }
}
