package org.eldercare.oversight.registry.archive;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.QueryString;
import org.eldercare.oversight.region.RegionPicker;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.filing.CreditCommitments;
import org.eldercare.oversight.registry.filing.FilingPapers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 机构名录 pages (REG-1, REG-3): list and Excel export, archive form, detail with tabs, self-report, discovery. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT','INSTITUTION')")
class InstitutionPagesController {

    private static final int PAGE_SIZE = 20;
    private final InstitutionService institutions;
    private final InstitutionQueries queries;
    private final InstitutionDossiers dossiers;
    private final FilingPapers papers;
    private final RegionService regions;
    private final PagePosts posts;
    private final Clock clock;
    private final ServiceSites sites;
    private final SiteLifeCycle lifeCycle;

    InstitutionPagesController(InstitutionService institutions, InstitutionQueries queries, InstitutionDossiers dossiers,
                               FilingPapers papers, RegionService regions, PagePosts posts, Clock clock, ServiceSites sites,
                               SiteLifeCycle lifeCycle) {
        this.lifeCycle = lifeCycle;
        this.clock = clock;
        this.sites = sites;
        this.institutions = institutions;
        this.queries = queries;
        this.dossiers = dossiers;
        this.papers = papers;
        this.regions = regions;
        this.posts = posts;
    }

    /** A filing shown with the commitment signed for it, on the 信用承诺 tab. */
    public record FilingCommitment(InstitutionView.FilingView filing, CreditCommitments.Commitment commitment) {
    }

    private void choices(Model model) {
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("kinds", InstitutionKind.values());
        model.addAttribute("fireStates", FireAcceptance.values());
        model.addAttribute("appraisalGrades", AppraisalGrade.values());
        model.addAttribute("fireStandards", FireStandardisation.values());
        model.addAttribute("operatingStates", OperatingStatus.values());
        model.addAttribute("filingStates", FilingState.values());
    }

    /** The archive form's choices and values; the township is picked level by level below the caller's region. */
    private void form(Model model, InstitutionInput form) {
        choices(model);
        model.addAttribute("form", form);
        model.addAttribute("regionPicker", regions.picker("regionCode", RegionPicker.Kind.TOWNSHIP, form.regionCode()));
    }

    @GetMapping("/registry/institutions")
    String list(InstitutionQueries.Criteria criteria, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("result", queries.search(criteria, PageCursor.of(cursor, null, PAGE_SIZE)));
        model.addAttribute("criteria", criteria);
        model.addAttribute("query", query(criteria));
        model.addAttribute("caller", Caller.current());
        choices(model);
        model.addAttribute("regionPicker", regions.picker("region", RegionPicker.Kind.FILTER, criteria.region()));
        return "registry/institutions";
    }

    @GetMapping("/registry/institutions/export")
    void export(InstitutionQueries.Criteria criteria, HttpServletResponse response) throws IOException {
        Downloads.excel(response, "养老机构名录-" + LocalDate.now(clock) + ".xlsx", "养老机构名录", InstitutionQueries.EXCEL_HEADERS,
                rows -> queries.export(criteria, rows));
    }

    private static String query(InstitutionQueries.Criteria c) {
        return QueryString.of("region", c.region(), "q", c.q(), "status", c.status(), "kind", c.kind(), "flag", c.flag());
    }

    /** Live validation of the code while typing (htmx): a short Chinese verdict. */
    @GetMapping("/registry/uscc-check")
    String usccCheck(@RequestParam(defaultValue = "") String uscc, Model model) {
        try {
            Uscc u = Uscc.parse(uscc);
            model.addAttribute("valid", true);
            model.addAttribute("verdict", "代码有效：" + u.registrationAuthority() + " · " + u.entityType() + " · 登记机关区划 " + u.regionCode());
        } catch (PlatformException e) {
            model.addAttribute("valid", false);
            model.addAttribute("verdict", posts.reason(e));
        }
        return "registry/fragments :: uscc-verdict";
    }

    /** Forms a role cannot save are refused when opened, not after the user filled them in (#9-13). */
    private static void requireSupervisor() {
        if (!Caller.current().supervisor()) {
            throw PlatformException.forbidden("error.forbidden");
        }
    }

    @GetMapping("/registry/institutions/new")
    String newForm(Model model) {
        requireSupervisor();
        form(model, InstitutionInput.empty());
        return "registry/institution-form";
    }

    @PostMapping("/registry/institutions")
    String create(InstitutionInput form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            long id = institutions.create(form.uscc(), form.facts());
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已建档。");
            return "redirect:/registry/institutions/" + id;
        }, () -> {
            form(model, form);
            return "registry/institution-form";
        });
    }

    @GetMapping("/registry/institutions/{id}/sites/new")
    String newSiteForm(@PathVariable long id, Model model) {
        InstitutionView seat = dossiers.of(id);
        requireSupervisor();
        model.addAttribute("seat", seat);
        form(model, InstitutionInput.siteOf(seat));
        return "registry/institution-form";
    }

    /** REG-10: a further service site of the institution's legal entity. */
    @PostMapping("/registry/institutions/{id}/sites")
    String addSite(@PathVariable long id, InstitutionInput form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            long site = sites.addSite(dossiers.of(id).uscc(), form.facts());
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已新增服务场所，可为其单独备案。");
            return "redirect:/registry/institutions/" + site;
        }, () -> {
            model.addAttribute("seat", dossiers.of(id));
            form(model, form);
            return "registry/institution-form";
        });
    }

    @GetMapping("/registry/institutions/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        InstitutionView v = dossiers.of(id);
        requireSupervisor();
        model.addAttribute("institution", v);
        form(model, InstitutionInput.of(v));
        return "registry/institution-form";
    }

    @PostMapping("/registry/institutions/{id}")
    String update(@PathVariable long id, InstitutionInput form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            Institution current = institutions.loadReadable(id);
            InstitutionInput kept = form.contactPhone() == null || form.contactPhone().isBlank()
                    ? form.withContactPhone(current.contactPhone()) : form;
            institutions.update(id, kept.facts());
            redirect.addFlashAttribute(PagePosts.MESSAGE, current.name() + " 的档案已保存，修改已记入变更记录。");
            return "redirect:/registry/institutions/" + id;
        }, () -> {
            model.addAttribute("institution", dossiers.of(id));
            form(model, form);
            return "registry/institution-form";
        });
    }

    @GetMapping("/registry/institutions/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "basic") String tab, Model model) {
        InstitutionView v = dossiers.of(id);
        model.addAttribute("institution", v);
        model.addAttribute("region", regions.find(v.regionCode()).orElse(null));
        model.addAttribute("history", institutions.history(id));
        model.addAttribute("commitments", v.filings().stream()
                .flatMap(f -> papers.commitment(f.id()).map(c -> new FilingCommitment(f, c)).stream()).toList());
        model.addAttribute("tab", tab);
        model.addAttribute("caller", Caller.current());
        model.addAttribute("sites", sites.sitesOf(v.uscc()));
        model.addAttribute("lineage", lifeCycle.lineage(institutions.loadReadable(id)));
        return "registry/institution";
    }

    @GetMapping("/registry/institutions/{id}/self-report")
    String selfReportForm(@PathVariable long id, Model model) {
        model.addAttribute("institution", dossiers.of(id));
        Caller caller = Caller.current();
        if (!caller.supervisor() && !Long.valueOf(id).equals(caller.institutionId())) {
            throw PlatformException.forbidden("error.forbidden");
        }
        return "registry/self-report";
    }

    @PostMapping("/registry/institutions/{id}/self-report")
    String selfReport(@PathVariable long id, InstitutionFacts.SelfReported form, Model model, RedirectAttributes redirect) {
        return posts.form(model, () -> {
            String phone = form.contactPhone() == null || form.contactPhone().isBlank()
                    ? institutions.loadReadable(id).contactPhone() : form.contactPhone();
            institutions.updateSelfReported(id, form.withContactPhone(phone));
            redirect.addFlashAttribute(PagePosts.MESSAGE, "已保存，修改已记入变更记录。");
            return "redirect:/registry/institutions/" + id;
        }, () -> {
            model.addAttribute("institution", dossiers.of(id));
            return "registry/self-report";
        });
    }

    @PostMapping("/registry/institutions/{id}/discovery")
    String discovery(@PathVariable long id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate discoveredOn,
                     RedirectAttributes redirect) {
        return posts.redirect("/registry/institutions/" + id, redirect, () -> {
            Deadline due = institutions.recordUnfiledDiscovery(id, discoveredOn);
            return "已登记。请于 " + due.deadline() + " 前完成现场检查并督促备案" + (due.provisional() ? "（期限暂定）" : "") + "。";
        });
    }
}
