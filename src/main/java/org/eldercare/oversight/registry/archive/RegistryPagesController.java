package org.eldercare.oversight.registry.archive;






import org.eldercare.oversight.common.Excel;

import org.eldercare.oversight.registry.filing.Filing;
import org.eldercare.oversight.registry.filing.FilingMaterial;
import org.eldercare.oversight.registry.filing.FilingService;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.RegionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 机构名录 pages: list, archive form, detail with tabs, filing page, self-report form. */
@Controller
@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT','INSTITUTION')")
public class RegistryPagesController {

    private static final int PAGE_SIZE = 20;
    private final InstitutionService institutions;
    private final InstitutionQueries queries;
    private final FilingService filings;
    private final RegionService regions;
    private final Messages messages;
    private final org.eldercare.oversight.common.PdfDocuments pdf;

    RegistryPagesController(InstitutionService institutions, InstitutionQueries queries, FilingService filings,
                            RegionService regions, Messages messages, org.eldercare.oversight.common.PdfDocuments pdf) {
        this.pdf = pdf;
        this.institutions = institutions;
        this.queries = queries;
        this.filings = filings;
        this.regions = regions;
        this.messages = messages;
    }

    private void choices(Model model) {
        model.addAttribute("legalForms", LegalForm.values());
        model.addAttribute("kinds", InstitutionKind.values());
        model.addAttribute("fireStates", FireAcceptance.values());
        model.addAttribute("operatingStates", OperatingStatus.values());
        model.addAttribute("filingStates", FilingState.values());
        model.addAttribute("regions", regions.subtreeInScope());
    }

    @GetMapping("/registry/institutions")
    String list(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String flag, @RequestParam(defaultValue = "0") int page, Model model) {
        InstitutionQueries.Criteria c = new InstitutionQueries.Criteria(region, q, status, kind, flag);
        model.addAttribute("result", queries.search(c, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("criteria", c);
        model.addAttribute("query", query(c));
        model.addAttribute("caller", Caller.current());
        choices(model);
        return "registry/institutions";
    }

    @GetMapping("/registry/institutions/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String flag) {
        byte[] xlsx = queries.exportExcel(new InstitutionQueries.Criteria(region, q, status, kind, flag));
        return excel(xlsx, "养老机构名录-" + LocalDate.now(org.eldercare.oversight.common.ClockConfiguration.ZONE) + ".xlsx");
    }

    public static ResponseEntity<byte[]> excel(byte[] content, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .contentType(MediaType.parseMediaType(Excel.CONTENT_TYPE)).body(content);
    }

    private static String query(InstitutionQueries.Criteria c) {
        StringBuilder sb = new StringBuilder();
        append(sb, "region", c.region());
        append(sb, "q", c.q());
        append(sb, "status", c.status());
        append(sb, "kind", c.kind());
        append(sb, "flag", c.flag());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String k, String v) {
        if (v != null && !v.isBlank()) {
            sb.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
        }
    }

    /** Live validation of the code while typing (htmx): a short Chinese verdict. */
    @GetMapping(value = "/registry/uscc-check", produces = "text/html;charset=UTF-8")
    @org.springframework.web.bind.annotation.ResponseBody
    String usccCheck(@RequestParam(defaultValue = "") String uscc) {
        try {
            org.eldercare.oversight.codes.Uscc u = org.eldercare.oversight.codes.Uscc.parse(uscc);
            return "<span class=\"text-success\">代码有效：" + org.springframework.web.util.HtmlUtils.htmlEscape(
                    u.registrationAuthority() + " · " + u.entityType() + " · 登记机关区划 " + u.regionCode(), "UTF-8") + "</span>";
        } catch (PlatformException e) {
            return "<span class=\"text-danger\">" + org.springframework.web.util.HtmlUtils.htmlEscape(messages.of(e), "UTF-8") + "</span>";
        }
    }

    @GetMapping("/registry/institutions/new")
    String newForm(Model model) {
        choices(model);
        model.addAttribute("form", InstitutionInput.empty());
        return "registry/institution-form";
    }

    @PostMapping("/registry/institutions")
    String create(InstitutionInput form, Model model, RedirectAttributes redirect) {
        try {
            long id = institutions.create(form.uscc(), form.facts());
            redirect.addFlashAttribute("message", "已建档。");
            return "redirect:/registry/institutions/" + id;
        } catch (PlatformException e) {
            choices(model);
            model.addAttribute("form", form);
            model.addAttribute("error", messages.of(e));
            return "registry/institution-form";
        }
    }

    @GetMapping("/registry/institutions/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        InstitutionView v = view(id);
        choices(model);
        model.addAttribute("institution", v);
        model.addAttribute("form", InstitutionInput.of(v));
        return "registry/institution-form";
    }

    @PostMapping("/registry/institutions/{id}")
    String update(@PathVariable long id, InstitutionInput form, Model model, RedirectAttributes redirect) {
        try {
            InstitutionView current = view(id);
            InstitutionInput kept = form.contactPhone() == null || form.contactPhone().isBlank()
                    ? form.withContactPhone(institutions.loadReadable(id).contactPhone()) : form;
            institutions.update(id, kept.facts());
            redirect.addFlashAttribute("message", current.name() + " 的档案已保存，修改已记入变更记录。");
            return "redirect:/registry/institutions/" + id;
        } catch (PlatformException e) {
            choices(model);
            model.addAttribute("institution", view(id));
            model.addAttribute("form", form);
            model.addAttribute("error", messages.of(e));
            return "registry/institution-form";
        }
    }

    @GetMapping("/registry/institutions/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "basic") String tab, Model model) {
        InstitutionView v = view(id);
        model.addAttribute("institution", v);
        model.addAttribute("region", regions.find(v.regionCode()).orElse(null));
        model.addAttribute("history", institutions.history(id));
        model.addAttribute("commitments", v.filings().stream()
                .map(f -> new Object[] {f, filings.commitment(f.id()).orElse(null)}).filter(p -> p[1] != null).toList());
        model.addAttribute("tab", tab);
        model.addAttribute("caller", Caller.current());
        return "registry/institution";
    }

    @GetMapping("/registry/institutions/{id}/self-report")
    String selfReportForm(@PathVariable long id, Model model) {
        model.addAttribute("institution", view(id));
        return "registry/self-report";
    }

    @PostMapping("/registry/institutions/{id}/self-report")
    String selfReport(@PathVariable long id, InstitutionFacts.SelfReported form, Model model, RedirectAttributes redirect) {
        try {
            String phone = form.contactPhone() == null || form.contactPhone().isBlank() ? institutions.loadReadable(id).contactPhone() : form.contactPhone();
            institutions.updateSelfReported(id, new InstitutionFacts.SelfReported(form.contactName(), phone, form.bedsTotal(),
                    form.nursingBeds(), form.residents(), form.staff(), form.hasMedicalUnit(), form.medicalInsuranceDesignated(),
                    form.foodLicense(), form.partyOrganisation()));
            redirect.addFlashAttribute("message", "已保存，修改已记入变更记录。");
            return "redirect:/registry/institutions/" + id;
        } catch (PlatformException e) {
            model.addAttribute("institution", view(id));
            model.addAttribute("error", messages.of(e));
            return "registry/self-report";
        }
    }

    @PostMapping("/registry/institutions/{id}/discovery")
    String discovery(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate discoveredOn,
                     RedirectAttributes redirect) {
        try {
            var due = institutions.recordUnfiledDiscovery(id, discoveredOn);
            redirect.addFlashAttribute("message", "已登记。请于 " + due.deadline() + " 前完成现场检查并督促备案" + (due.provisional() ? "（期限暂定）" : "") + "。");
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/registry/institutions/" + id;
    }

    @PostMapping("/registry/institutions/{id}/filings")
    String startFiling(@PathVariable long id, @RequestParam(defaultValue = "INITIAL") String kind,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstAdmissionDate,
                       @RequestParam(required = false) String changeSummary, RedirectAttributes redirect) {
        try {
            long filing = filings.draft(id, kind, firstAdmissionDate, changeSummary);
            return "redirect:/registry/filings/" + filing;
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
            return "redirect:/registry/institutions/" + id + "?tab=filings";
        }
    }

    @GetMapping("/registry/filings/{id}")
    String filing(@PathVariable long id, Model model) {
        Filing f = filings.loadReadable(id);
        model.addAttribute("filing", InstitutionView.of(f));
        model.addAttribute("institution", view(f.institutionId()));
        model.addAttribute("attachments", filings.attachments(id));
        model.addAttribute("commitment", filings.commitment(id).orElse(null));
        model.addAttribute("commitmentText", FilingService.COMMITMENT_TEXT);
        model.addAttribute("materials", FilingMaterial.values());
        model.addAttribute("editable", f.status() == Filing.Status.DRAFT || f.status() == Filing.Status.RETURNED);
        model.addAttribute("caller", Caller.current());
        return "registry/filing";
    }

    /** The printable 备案回执 (PDF) of a filing that stands. */
    @GetMapping("/registry/filings/{id}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable long id) {
          return receiptPdf(filings, pdf, id);
    }

    public static ResponseEntity<byte[]> receiptPdf(FilingService filings, org.eldercare.oversight.common.PdfDocuments pdf, long id) {
        java.util.Map<String, Object> model = filings.receipt(id);
        String receiptNo = ((InstitutionView.FilingView) model.get("filing")).receiptNo();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''"
                        + URLEncoder.encode("备案回执-" + receiptNo + ".pdf", StandardCharsets.UTF_8).replace("+", "%20"))
                .contentType(MediaType.APPLICATION_PDF).body(pdf.render("registry/receipt-pdf", model));
    }

    @PostMapping("/registry/filings/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(defaultValue = "") String material,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        return act(id, redirect, () -> filings.attach(id, material, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes()), "材料已上传。");
    }

    @PostMapping("/registry/filings/{id}/attachments/{attachmentId}/delete")
    String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        return act(id, redirect, () -> filings.removeAttachment(id, attachmentId), "材料已删除。");
    }

    @GetMapping("/registry/filings/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        FilingService.AttachmentContent a = filings.attachmentContent(id, attachmentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''" + URLEncoder.encode(a.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(a.contentType())).body(a.content());
    }

    @PostMapping("/registry/filings/{id}/commitment")
    String sign(@PathVariable long id, @RequestParam(defaultValue = "") String signerName, @RequestParam(defaultValue = "") String signerTitle,
                RedirectAttributes redirect) {
        return act(id, redirect, () -> filings.signCommitment(id, signerName, signerTitle), "已签署书面信用承诺。");
    }

    @PostMapping("/registry/filings/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> filings.submit(id), "备案已提交，等待民政部门审核。");
    }

    @PostMapping("/registry/filings/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        try {
            String receipt = filings.accept(id);
            redirect.addFlashAttribute("message", "已予备案，回执编号：" + receipt + "。信用承诺已公开，现场检查任务已生成。");
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/registry/filings/" + id;
    }

    @PostMapping("/registry/filings/{id}/return")
    String returnFiling(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> filings.returnForCorrection(id, reason), "已退回补正。");
    }

    @PostMapping("/registry/filings/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> filings.revoke(id, reason), "备案已撤销。");
    }

    interface Action {
        void run() throws IOException;
    }

    private String act(long filingId, RedirectAttributes redirect, Action action, String ok) {
        try {
            action.run();
            redirect.addFlashAttribute("message", ok);
        } catch (PlatformException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        } catch (IOException e) {
            redirect.addFlashAttribute("error", "文件读取失败，请重新上传。");
        }
        return "redirect:/registry/filings/" + filingId;
    }

    private InstitutionView view(long id) {
        return InstitutionView.of(institutions.loadReadable(id), filings.filingsOf(id));
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem navInstitutions() {
            return new NavigationItem(100, "nav.institutions", "/registry/institutions", "bi-building",
                    Set.of("ROLE_SUPERVISOR", "ROLE_TOWNSHIP", "ROLE_INSPECTOR", "ROLE_DEPARTMENT", "ROLE_INSTITUTION"));
        }
    }
}
