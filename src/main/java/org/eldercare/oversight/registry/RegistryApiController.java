package org.eldercare.oversight.registry;

import org.eldercare.oversight.registry.archive.InstitutionService;
import org.eldercare.oversight.registry.archive.InstitutionFacts;
import org.eldercare.oversight.registry.archive.InstitutionInput;
import org.eldercare.oversight.registry.archive.InstitutionView;
import org.eldercare.oversight.registry.archive.InstitutionQueries;
import org.eldercare.oversight.registry.archive.RegistryPagesController;
import org.eldercare.oversight.registry.filing.FilingService;
import org.eldercare.oversight.registry.filing.FilingDecisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

@RestController
@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT','INSTITUTION')")
@Tag(name = "机构名录与备案")
class RegistryApiController {

    private final InstitutionService institutions;
    private final InstitutionQueries queries;
    private final FilingService filings;
    private final org.eldercare.oversight.common.PdfDocuments pdf;
    private final FilingDecisions decisions;

    RegistryApiController(InstitutionService institutions, InstitutionQueries queries, FilingService filings,
                          org.eldercare.oversight.common.PdfDocuments pdf, FilingDecisions decisions) {
        this.pdf = pdf;
        this.decisions = decisions;
        this.institutions = institutions;
        this.queries = queries;
        this.filings = filings;
    }

    @PostMapping("/api/v1/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "建档（民政监管员）；代码无效返回400及原因，重复返回409")
    InstitutionView create(@RequestBody InstitutionInput body) {
        long id = institutions.create(body.uscc(), body.facts());
        return view(id);
    }

    @GetMapping("/api/v1/institutions")
    @Operation(summary = "本辖区机构名录：按区划、名称/代码、备案状态筛选，分页（每页50条）")
    InstitutionQueries.Page list(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
                                 @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String flag, @RequestParam(defaultValue = "0") int page) {
        return queries.search(new InstitutionQueries.Criteria(region, q, status, kind, flag), Math.max(0, page), 50);
    }

    @GetMapping("/api/v1/institutions/{uscc}")
    @Operation(summary = "机构档案及备案记录")
    InstitutionView get(@PathVariable String uscc) {
        return view(institutions.loadReadableByUscc(uscc).id());
    }

    @PutMapping("/api/v1/institutions/{uscc}")
    @Operation(summary = "修改档案（民政监管员），留存修改前后记录")
    InstitutionView update(@PathVariable String uscc, @RequestBody InstitutionInput body) {
        long id = institutions.loadReadableByUscc(uscc).id();
        institutions.update(id, body.facts());
        return view(id);
    }

    @PutMapping("/api/v1/institutions/{uscc}/self-report")
    @Operation(summary = "机构自报联系人与床位、人员等信息（机构用户仅限本机构）")
    InstitutionView selfReport(@PathVariable String uscc, @RequestBody InstitutionFacts.SelfReported body) {
        long id = institutions.loadReadableByUscc(uscc).id();
        institutions.updateSelfReported(id, body);
        return view(id);
    }

    @GetMapping("/api/v1/institutions/{uscc}/history")
    @Operation(summary = "档案变更记录（修改人、时间、修改前后）")
    List<InstitutionService.Change> history(@PathVariable String uscc) {
        return institutions.history(institutions.loadReadableByUscc(uscc).id());
    }

    record NewFiling(String kind, LocalDate firstAdmissionDate, String changeSummary) {
    }

    @PostMapping("/api/v1/institutions/{uscc}/filings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发起备案（首次备案或变更备案），状态为草稿")
    InstitutionView.FilingView draft(@PathVariable String uscc, @RequestBody(required = false) NewFiling body) {
        long institutionId = institutions.loadReadableByUscc(uscc).id();
        NewFiling b = body == null ? new NewFiling(null, null, null) : body;
        long id = filings.draft(institutionId, b.kind(), b.firstAdmissionDate(), b.changeSummary());
        return InstitutionView.of(filings.loadReadable(id));
    }

    @GetMapping("/api/v1/filings/{id}")
    @Operation(summary = "备案详情（含每次状态变化的操作人、时间、原因）")
    InstitutionView.FilingView filing(@PathVariable long id) {
        return InstitutionView.of(filings.loadReadable(id));
    }

    @GetMapping("/api/v1/filings/decisions")
    @Operation(summary = "备案决定推送（予以备案、撤销备案），供登记机关接收；registrar 可选 MARKET_REGULATION / SOCIAL_ORGANISATION / PUBLIC_INSTITUTION / HEALTH")
    List<FilingDecisions.Decision> decisions(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) String registrar) {
        return decisions.between(from, to, registrar);
    }

    @GetMapping(value = "/api/v1/filings/{id}/receipt.pdf", produces = "application/pdf")
    @Operation(summary = "备案回执（PDF，可打印）；只有已备案的才有回执，否则返回409")
    org.springframework.http.ResponseEntity<byte[]> receipt(@PathVariable long id) {
        return RegistryPagesController.receiptPdf(filings, pdf, id);
    }

    @PostMapping(value = "/api/v1/filings/{id}/attachments", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传备案材料（PDF/JPG/PNG，单个不超过20MB）")
    Map<String, Object> attach(@PathVariable long id, @RequestParam String material, @RequestPart("file") MultipartFile file) throws IOException {
        long aid = filings.attach(id, material, file.getOriginalFilename(), file.getBytes());
        return Map.of("id", aid);
    }

    record Signature(String signerName, String signerTitle) {
    }

    @PostMapping("/api/v1/filings/{id}/commitment")
    @Operation(summary = "签署书面信用承诺")
    Map<String, Object> sign(@PathVariable long id, @RequestBody Signature body) {
        filings.signCommitment(id, body.signerName(), body.signerTitle());
        return Map.of("signed", true, "text", FilingService.COMMITMENT_TEXT);
    }

    @PostMapping("/api/v1/filings/{id}/submit")
    @Operation(summary = "提交备案（须已签署承诺并上传必备材料）")
    InstitutionView.FilingView submit(@PathVariable long id) {
        filings.submit(id);
        return InstitutionView.of(filings.loadReadable(id));
    }

    record Reason(String reason) {
    }

    @PostMapping("/api/v1/filings/{id}/accept")
    @Operation(summary = "予以备案：出具回执编号，公开信用承诺，生成现场检查任务（民政监管员）")
    InstitutionView.FilingView accept(@PathVariable long id) {
        filings.accept(id);
        return InstitutionView.of(filings.loadReadable(id));
    }

    @PostMapping("/api/v1/filings/{id}/return")
    @Operation(summary = "退回补正，须写明原因（民政监管员）")
    InstitutionView.FilingView returnFiling(@PathVariable long id, @RequestBody(required = false) Reason body) {
        filings.returnForCorrection(id, body == null ? null : body.reason());
        return InstitutionView.of(filings.loadReadable(id));
    }

    @PostMapping("/api/v1/filings/{id}/revoke")
    @Operation(summary = "撤销备案，须写明原因（民政监管员）")
    InstitutionView.FilingView revoke(@PathVariable long id, @RequestBody(required = false) Reason body) {
        filings.revoke(id, body == null ? null : body.reason());
        return InstitutionView.of(filings.loadReadable(id));
    }

    record Discovery(LocalDate discoveredOn) {
    }

    @PostMapping("/api/v1/institutions/{uscc}/unfiled-discovery")
    @Operation(summary = "登记发现未备案机构收住老人：20个工作日内现场检查并督促备案")
    Map<String, Object> discovery(@PathVariable String uscc, @RequestBody Discovery body) {
        var due = institutions.recordUnfiledDiscovery(institutions.loadReadableByUscc(uscc).id(), body.discoveredOn());
        return Map.of("inspectionDue", due.deadline().toString(), "provisional", due.provisional());
    }

    private InstitutionView view(long id) {
        return InstitutionView.of(institutions.loadReadable(id), filings.filingsOf(id));
    }
}
