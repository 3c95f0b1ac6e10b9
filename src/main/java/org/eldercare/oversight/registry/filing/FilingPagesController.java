package org.eldercare.oversight.registry.filing;

import java.util.Map;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.PagePosts;
import org.eldercare.oversight.common.PdfDocuments;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.identity.DisplayNames;
import org.eldercare.oversight.registry.archive.Caller;
import org.eldercare.oversight.registry.archive.InstitutionDossiers;
import org.eldercare.oversight.registry.archive.InstitutionView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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

/** Filing pages (REG-2): start a filing, materials, commitment, submission, the bureau's decision, the printed receipt. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT','INSTITUTION')")
class FilingPagesController {

    private final FilingService filings;
    private final FilingPapers papers;
    private final InstitutionDossiers dossiers;
    private final FilingDecisions decisions;
    private final PdfDocuments pdf;
    private final PagePosts posts;
    private final DisplayNames displayNames;

    FilingPagesController(FilingService filings, FilingPapers papers, InstitutionDossiers dossiers, FilingDecisions decisions,
                          PdfDocuments pdf,
                          PagePosts posts, DisplayNames displayNames) {
        this.displayNames = displayNames;
        this.filings = filings;
        this.papers = papers;
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.pdf = pdf;
        this.posts = posts;
    }

    @PostMapping("/registry/institutions/{id}/filings")
    String startFiling(@PathVariable long id, @RequestParam(defaultValue = "INITIAL") String kind,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstAdmissionDate,
                       @RequestParam(required = false) String changeSummary, RedirectAttributes redirect) {
        try {
            return "redirect:/registry/filings/" + filings.draft(id, kind, firstAdmissionDate, changeSummary);
        } catch (PlatformException e) {
            redirect.addFlashAttribute(PagePosts.ERROR, posts.reason(e));
            return "redirect:/registry/institutions/" + id + "?tab=filings";
        }
    }

    @GetMapping("/registry/filings/{id}")
    String filing(@PathVariable long id, Model model) {
        Filing f = filings.loadReadable(id);
        model.addAttribute("filing", InstitutionView.of(f));
        model.addAttribute("institution", dossiers.of(f.institutionId()));
        model.addAttribute("attachments", papers.attachments(id));
        CreditCommitments.Commitment commitment = papers.commitment(id).orElse(null);
        model.addAttribute("commitment", commitment);
        if (commitment != null && commitment.enteredBy() != null) {
            model.addAttribute("enteredByName",
                    displayNames.of(List.of(commitment.enteredBy())).getOrDefault(commitment.enteredBy(), commitment.enteredBy()));
        }
        model.addAttribute("commitmentText", CreditCommitments.TEXT);
        ChecklistEvaluation checklist = papers.checklist(id);
        model.addAttribute("checklist", checklist);
        model.addAttribute("materials", uploadable(checklist));
        model.addAttribute("premisesOptions", Premises.values());
        model.addAttribute("authority", filings.authority(id));
        model.addAttribute("editable", f.editable());
        model.addAttribute("caller", Caller.current());
        model.addAttribute("ownAccount", FilingAccess.ownAccount(Caller.current(), f.institutionId()));
        return "registry/filing";
    }

    /** What may be uploaded: the checklist's materials, then 其他材料. */
    private static List<FilingMaterial> uploadable(ChecklistEvaluation checklist) {
        List<FilingMaterial> materials = new ArrayList<>(checklist.items().stream().map(ChecklistEvaluation.Item::material).toList());
        if (!materials.contains(FilingMaterial.OTHER)) {
            materials.add(FilingMaterial.OTHER);
        }
        return materials;
    }

    /** REG-11: what building the site uses, which decides the exemptions of the region's checklist. */
    @PostMapping("/registry/filings/{id}/premises")
    String premises(@PathVariable long id, @RequestParam(required = false) String premises, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect, () -> {
            papers.declarePremises(id, premises);
            return "已保存服务场所建筑情况，材料清单已按此核对。";
        });
    }

    /** The printable 备案回执 (PDF) of a filing that stands. */
    @GetMapping("/registry/filings/{id}/receipt.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable long id) {
        return receiptPdf(filings.receipt(id), pdf);
    }

    static ResponseEntity<byte[]> receiptPdf(FilingReceipt receipt, PdfDocuments pdf) {
        return Downloads.pdf(pdf.render("registry/receipt-pdf", Map.of("receipt", receipt)),
                "备案回执-" + receipt.filing().receiptNo() + ".pdf");
    }

    @PostMapping("/registry/filings/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(defaultValue = "") String material,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect, () -> {
            papers.attach(id, material, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            return "材料已上传。";
        });
    }

    @PostMapping("/registry/filings/{id}/attachments/{attachmentId}/delete")
    String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect, () -> {
            papers.removeAttachment(id, attachmentId);
            return "材料已删除。";
        });
    }

    @GetMapping("/registry/filings/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        FilingAttachments.Content a = papers.attachmentContent(id, attachmentId);
        return Downloads.file(a.content(), a.filename(), MediaType.parseMediaType(a.contentType()), true);
    }

    @PostMapping("/registry/filings/{id}/commitment")
    String sign(@PathVariable long id, @RequestParam(defaultValue = "") String signerName,
                @RequestParam(defaultValue = "") String signerTitle, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect, () -> {
            papers.signCommitment(id, signerName, signerTitle);
            return "已签署书面信用承诺。";
        });
    }

    /** 代录: a supervisor enters the commitment signed on paper, with the scan of the original. */
    @PostMapping("/registry/filings/{id}/commitment/paper")
    String enterPaper(@PathVariable long id, @RequestParam(defaultValue = "") String signerName,
                      @RequestParam(defaultValue = "") String signerTitle,
                      @RequestParam(name = "scan", required = false) MultipartFile scan, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect, () -> {
            papers.enterPaperCommitment(id, signerName, signerTitle, scan == null ? null : scan.getOriginalFilename(),
                    scan == null ? null : scan.getBytes());
            return "已代录纸质书面信用承诺，原件扫描件已存档。";
        });
    }

    @PostMapping("/registry/filings/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect, () -> {
            filings.submit(id);
            return "备案已提交，等待民政部门审核。";
        });
    }

    @PostMapping("/registry/filings/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect,
                () -> "已予备案，回执编号：" + filings.accept(id) + "。信用承诺已公开，现场检查任务已生成。");
    }

    @PostMapping("/registry/filings/{id}/return")
    String returnFiling(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect, () -> {
            filings.returnForCorrection(id, reason);
            return "已退回补正。";
        });
    }

    @PostMapping("/registry/filings/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return posts.redirect(back(id), redirect, () -> {
            filings.revoke(id, reason);
            return "备案已撤销。";
        });
    }

    /** REG-4: the filing decisions of a period as Excel, for the registrars (市场监管, 民政, 事业单位登记, 卫健). */
    @GetMapping("/registry/filing-decisions.xlsx")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    Object decisionsExcel(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                          @RequestParam(required = false) String registrar, RedirectAttributes redirect) {
        try {
            LocalDate f = parseDate(from);
            LocalDate t = parseDate(to);
            return Downloads.excel(decisions.excel(f, t, registrar), "备案信息推送-" + f + "至" + t + ".xlsx");
        } catch (PlatformException e) {
            redirect.addFlashAttribute(PagePosts.ERROR, posts.reason(e));
            return "redirect:/registry/imports";
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw PlatformException.badRequest("registry.decisions.range");
        }
    }

    private static String back(long filingId) {
        return "/registry/filings/" + filingId;
    }
}
