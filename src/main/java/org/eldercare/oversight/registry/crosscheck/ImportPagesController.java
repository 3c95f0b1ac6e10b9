package org.eldercare.oversight.registry.crosscheck;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.Excel;
import org.eldercare.oversight.common.Labelled;
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

/**
 * REG-4 import pages: the upload form and the imports in scope (searched, a page at a time), an import's report with its
 * progress while the background job runs (htmx polls a fragment every second, #9 item 8), its streamed Excel export.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class ImportPagesController {

    /** Imports listed per page. */
    static final int PAGE = 20;
    private final RegistrationImportService imports;
    private final ImportReports reports;
    private final PagePosts posts;
    private final Messages messages;
    private final Clock clock;

    ImportPagesController(RegistrationImportService imports, ImportReports reports, PagePosts posts, Messages messages, Clock clock) {
        this.imports = imports;
        this.reports = reports;
        this.posts = posts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/registry/imports")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) Long after, Model model) {
        return importsPage(q, after, model);
    }

    private String importsPage(String q, Long after, Model model) {
        model.addAttribute("imports", reports.imports(q, after, PAGE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("caller", Caller.current());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("decisionsFrom", today.withDayOfMonth(1));
        model.addAttribute("decisionsTo", today);
        model.addAttribute("registrars", FilingDecisions.Registrar.values());
        model.addAttribute("importRegistrars", Registrar.values());
        return "registry/imports";
    }

    /** Queues the file and shows its report, which follows the job; a file refused for bad rows shows them on the form. */
    @PostMapping("/registry/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean acceptGoodRows,
                  @RequestParam(required = false) String completeFor, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            RegistrationImportService.Accepted a = imports.upload(file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), acceptGoodRows, completeFor);
            redirect.addFlashAttribute(PagePosts.MESSAGE, queued(a));
            return "redirect:/registry/imports/" + a.importId();
        } catch (BadRowsRefused e) {
            model.addAttribute("badRows", e.badRows());
            return importsPage(null, null, model);
        } catch (PlatformException e) {
            redirect.addFlashAttribute(PagePosts.ERROR, posts.reason(e));
            return "redirect:/registry/imports";
        }
    }

    private String queued(RegistrationImportService.Accepted a) {
        String total = String.format("%,d", a.totalRows());
        String kept = String.format("%,d", a.keptRows());
        return a.badRows().isEmpty() ? messages.get("registry.import.queued", total, kept)
                : messages.get("registry.import.queuedSkippingBadRows", total, kept, String.valueOf(a.badRows().size()));
    }

    /** An empty Excel file with the column headers the import recognises, for registrars to fill in. */
    @GetMapping("/registry/imports/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.excel(Excel.write("登记数据", List.of(RegistrationFile.COLUMNS), List.of()), "登记数据导入模板.xlsx");
    }

    /** The report: progress while the job runs; then the counts and a page of rows ({@code class}: only that class). */
    @GetMapping("/registry/imports/{id:\\d+}")
    String report(@PathVariable long id, @RequestParam(name = "class", required = false) String classification,
                  @RequestParam(defaultValue = "0") long after, Model model) {
        Classification only = Labelled.parseOr(Classification.class, classification, "比对结果", null);
        model.addAttribute("report", reports.report(id, only, after, ImportReports.PAGE));
        model.addAttribute("classes", Classification.values());
        model.addAttribute("only", only);
        return "registry/import-report";
    }

    /** The progress fragment htmx polls; once the import is finished it tells htmx to reload the page (the report). */
    @GetMapping("/registry/imports/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        ImportReports.ImportSummary s = reports.summary(id);
        if (s.status().finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("s", s);
        return "registry/import-progress :: progress";
    }

    @GetMapping("/registry/imports/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        reports.summary(id);
        Downloads.excel(response, "登记备案比对-" + id + "-" + LocalDate.now(clock) + ".xlsx", "登记备案比对",
                ImportReports.EXCEL_HEADERS, rows -> reports.exportRows(id, rows));
    }
}
