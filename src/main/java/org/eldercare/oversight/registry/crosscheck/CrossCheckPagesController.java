package org.eldercare.oversight.registry.crosscheck;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.filing.FilingDecisions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** REG-4 pages: registration import, result with Excel export, township verification leads. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class CrossCheckPagesController {

    /** The lead list filter that shows leads in any status. */
    private static final String ALL = "ALL";
    private final RegistrationImportService imports;
    private final ImportReports reports;
    private final VerificationLeads leads;
    private final PagePosts posts;
    private final Messages messages;
    private final Clock clock;

    CrossCheckPagesController(RegistrationImportService imports, ImportReports reports, VerificationLeads leads, PagePosts posts,
                              Messages messages, Clock clock) {
        this.imports = imports;
        this.reports = reports;
        this.leads = leads;
        this.posts = posts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/registry/imports")
    String page(Model model) {
        return importsPage(model);
    }

    private String importsPage(Model model) {
        model.addAttribute("imports", reports.imports());
        model.addAttribute("caller", Caller.current());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("decisionsFrom", today.withDayOfMonth(1));
        model.addAttribute("decisionsTo", today);
        model.addAttribute("registrars", FilingDecisions.Registrar.values());
        model.addAttribute("importRegistrars", Registrar.values());
        return "registry/imports";
    }

    /** Imports and shows the result; a file refused for bad rows shows them on the import page, to fix and upload again. */
    @PostMapping("/registry/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean acceptGoodRows,
                  @RequestParam(required = false) String completeFor, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            RegistrationImportService.Outcome o = imports.importFile(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), acceptGoodRows, completeFor);
            redirect.addFlashAttribute(PagePosts.MESSAGE, done(o));
            return "redirect:/registry/imports/" + o.importId();
        } catch (BadRowsRefused e) {
            model.addAttribute("badRows", e.badRows());
            return importsPage(model);
        } catch (PlatformException e) {
            redirect.addFlashAttribute(PagePosts.ERROR, posts.reason(e));
            return "redirect:/registry/imports";
        }
    }

    private String done(RegistrationImportService.Outcome o) {
        String total = String.valueOf(o.totalRows());
        String kept = String.valueOf(o.keptRows());
        return o.badRows().isEmpty() ? messages.get("registry.import.done", total, kept)
                : messages.get("registry.import.doneSkippingBadRows", total, kept, String.valueOf(o.badRows().size()));
    }

    /** An empty Excel file with the column headers the import recognises, for registrars to fill in. */
    @GetMapping("/registry/imports/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.excel(Excel.write("登记数据", List.of(RegistrationFile.COLUMNS), List.of()), "登记数据导入模板.xlsx");
    }

    @GetMapping("/registry/imports/{id:\\d+}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.report(id));
        model.addAttribute("classes", Classification.values());
        return "registry/import-report";
    }

    @GetMapping("/registry/imports/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return Downloads.excel(reports.exportExcel(id), "登记备案比对-" + id + "-" + LocalDate.now(clock) + ".xlsx");
    }

    /** Leads by status: {@code OPEN} (default), {@code VERIFIED} or {@code ALL}; an unknown status lists none. */
    @GetMapping("/registry/leads")
    String leads(@RequestParam(defaultValue = "OPEN") String status, Model model) {
        model.addAttribute("leads", ALL.equals(status) ? leads.all()
                : statusNamed(status).map(leads::in).orElse(List.of()));
        model.addAttribute("status", status);
        return "registry/leads";
    }

    private static Optional<VerificationLead.Status> statusNamed(String name) {
        try {
            return Optional.of(VerificationLead.Status.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
