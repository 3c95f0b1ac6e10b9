package org.eldercare.oversight.registry.filing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.PdfDocuments;
import org.eldercare.oversight.registry.archive.ServiceSites;
import org.eldercare.oversight.registry.archive.InstitutionView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the filing workflow (REG-2, REG-3) and the filing decisions for registrars (REG-4). */
@RestController
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT','INSTITUTION')")
@Tag(name = "机构名录与备案")
class FilingApiController {

    private final FilingService filings;
    private final FilingPapers papers;
    private final ServiceSites sites;
    private final FilingDecisions decisions;
    private final PdfDocuments pdf;

    FilingApiController(FilingService filings, FilingPapers papers, ServiceSites sites, FilingDecisions decisions,
                        PdfDocuments pdf) {
        this.filings = filings;
        this.papers = papers;
        this.sites = sites;
        this.decisions = decisions;
        this.pdf = pdf;
    }

    record NewFiling(String kind, LocalDate firstAdmissionDate, String changeSummary) {
    }

    @PostMapping({"/api/v1/institutions/{uscc}/filings", "/api/v1/institutions/{uscc}/sites/{siteNo}/filings"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发起备案（首次备案或变更备案），状态为草稿")
    InstitutionView.FilingView draft(@PathVariable String uscc, @PathVariable(required = false) Integer siteNo,
                                     @RequestBody(required = false) NewFiling body) {
        long institutionId = sites.resolve(uscc, siteNo).id();
        NewFiling b = body == null ? new NewFiling(null, null, null) : body;
        return view(filings.draft(institutionId, b.kind(), b.firstAdmissionDate(), b.changeSummary()));
    }

    @GetMapping("/api/v1/filings/{id}")
    @Operation(summary = "备案详情（含每次状态变化的操作人、时间、原因）")
    InstitutionView.FilingView filing(@PathVariable long id) {
        return view(id);
    }

    @GetMapping("/api/v1/filings/decisions")
    @Operation(summary = "备案决定推送（予以备案、撤销备案），供登记机关接收；"
            + "registrar 可选 MARKET_REGULATION / SOCIAL_ORGANISATION / PUBLIC_INSTITUTION / HEALTH")
    List<FilingDecisions.Decision> decisions(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) String registrar) {
        return decisions.between(from, to, registrar);
    }

    /** The filing bureau (REG-3) and the materials measured against the region's checklist (REG-11). */
    record Requirements(FilingAuthorities.Authority authority, ChecklistEvaluation checklist) {
    }

    @GetMapping("/api/v1/filings/{id}/checklist")
    @Operation(summary = "备案机关及本地区备案材料清单核对情况（已上传、以替代材料提交、免于提交、缺少、不阻止备案）")
    Requirements checklist(@PathVariable long id) {
        return new Requirements(filings.authority(id), papers.checklist(id));
    }

    record PremisesBody(String premises) {
    }

    @PutMapping("/api/v1/filings/{id}/premises")
    @Operation(summary = "填写服务场所建筑情况（DETACHED 独栋建筑改造 / FLOORS 既有建筑内部楼层改造 / OTHER 其他；空值清除），"
            + "用于判断材料免交条件；仅草稿或退回补正时")
    Requirements premises(@PathVariable long id, @RequestBody(required = false) PremisesBody body) {
        papers.declarePremises(id, body == null ? null : body.premises());
        return checklist(id);
    }

    @GetMapping(value = "/api/v1/filings/{id}/receipt.pdf", produces = "application/pdf")
    @Operation(summary = "备案回执（PDF，可打印）；只有已备案的才有回执，否则返回409")
    ResponseEntity<byte[]> receipt(@PathVariable long id) {
        return FilingPagesController.receiptPdf(filings.receipt(id), pdf);
    }

    /** The id of a stored material. */
    record Created(long id) {
    }

    @PostMapping(value = "/api/v1/filings/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传备案材料（PDF/JPG/PNG，单个不超过20MB）")
    Created attach(@PathVariable long id, @RequestParam String material, @RequestPart("file") MultipartFile file) throws IOException {
        return new Created(papers.attach(id, material, file.getOriginalFilename(), file.getBytes()));
    }

    record Signature(String signerName, String signerTitle) {
    }

    /** The commitment was signed; {@code text} is what was signed. */
    record Signed(boolean signed, String text) {
    }

    @PostMapping("/api/v1/filings/{id}/commitment")
    @Operation(summary = "签署书面信用承诺（仅限机构本单位账户）")
    Signed sign(@PathVariable long id, @RequestBody Signature body) {
        papers.signCommitment(id, body.signerName(), body.signerTitle());
        return new Signed(true, CreditCommitments.TEXT);
    }

    @PostMapping(value = "/api/v1/filings/{id}/commitment/paper", consumes = "multipart/form-data")
    @Operation(summary = "代录纸质书面信用承诺（民政监管员），须上传原件扫描件（PDF/JPG/PNG）；公开信息和备案回执注明“代录”")
    Signed enterPaper(@PathVariable long id, @RequestParam String signerName, @RequestParam String signerTitle,
                      @RequestPart("scan") MultipartFile scan) throws IOException {
        papers.enterPaperCommitment(id, signerName, signerTitle, scan.getOriginalFilename(), scan.getBytes());
        return new Signed(true, CreditCommitments.TEXT);
    }

    @PostMapping("/api/v1/filings/{id}/submit")
    @Operation(summary = "提交备案（须已签署承诺并按本地区备案材料清单上传必交材料；缺少的以中文列出）")
    InstitutionView.FilingView submit(@PathVariable long id) {
        filings.submit(id);
        return view(id);
    }

    record Reason(String reason) {
    }

    @PostMapping("/api/v1/filings/{id}/accept")
    @Operation(summary = "予以备案：出具回执编号，公开信用承诺，生成现场检查任务（民政监管员）")
    InstitutionView.FilingView accept(@PathVariable long id) {
        filings.accept(id);
        return view(id);
    }

    @PostMapping("/api/v1/filings/{id}/return")
    @Operation(summary = "退回补正，须写明原因（民政监管员）")
    InstitutionView.FilingView returnFiling(@PathVariable long id, @RequestBody(required = false) Reason body) {
        filings.returnForCorrection(id, body == null ? null : body.reason());
        return view(id);
    }

    @PostMapping("/api/v1/filings/{id}/revoke")
    @Operation(summary = "撤销备案，须写明原因（民政监管员）")
    InstitutionView.FilingView revoke(@PathVariable long id, @RequestBody(required = false) Reason body) {
        filings.revoke(id, body == null ? null : body.reason());
        return view(id);
    }

    private InstitutionView.FilingView view(long id) {
        return InstitutionView.of(filings.loadReadable(id));
    }
}
