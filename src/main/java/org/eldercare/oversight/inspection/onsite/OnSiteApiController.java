package org.eldercare.oversight.inspection.onsite;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.eldercare.oversight.common.Downloads;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.inspection.inspector.Inspectors;
import org.eldercare.oversight.inspection.task.TaskView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** INS-5 on-site execution for partner systems and mobile clients: start, results, photos, signatures, corrections, 转为隐患, PDF. */
@RestController
@Tag(name = "现场检查")
class OnSiteApiController {

    private final OnSite onSite;
    private final Inspectors inspectors;
    private final RecordPdf pdf;

    OnSiteApiController(OnSite onSite, Inspectors inspectors, RecordPdf pdf) {
        this.onSite = onSite;
        this.inspectors = inspectors;
        this.pdf = pdf;
    }

    record ResultBody(String itemCode, String outcome, String note) {
    }

    record ItemBody(String itemCode) {
    }

    record ReasonBody(String reason) {
    }

    @PostMapping("/api/v1/inspections/{id}/start")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "开始现场检查（待检查 → 检查中），按任务所用检查表版本生成现场检查记录")
    RecordView start(@PathVariable long id) {
        return view(onSite.start(id));
    }

    @GetMapping("/api/v1/inspections/{id}/record")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP','INSTITUTION')")
    @Operation(summary = "现场检查记录（最新一份；更正记录注明所更正的记录）：各事项结果、说明、照片（SHA-256、拍摄时间、上传时间、重复标记）")
    RecordView record(@PathVariable long id) {
        return view(onSite.current(id).orElseThrow(() -> PlatformException.notFound("inspection.record.notStarted")));
    }

    @PutMapping("/api/v1/inspections/{id}/record/results")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "填写一项检查结果（outcome：COMPLIANT 符合、NON_COMPLIANT 不符合、NOT_APPLICABLE 不适用）及说明；已签字的记录不能修改（409）")
    RecordView result(@PathVariable long id, @RequestBody ResultBody body) {
        return view(onSite.recordResult(id, body.itemCode(), body.outcome(), body.note()));
    }

    @PostMapping("/api/v1/inspections/{id}/record/photos")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "上传一项的现场照片（itemCode、file）；保存SHA-256、EXIF拍摄时间和上传时间，已在其他记录中用过的照片标记为重复")
    Evidence.Photo photo(@PathVariable long id, @RequestParam(required = false) String itemCode,
                         @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw PlatformException.badRequest("inspection.photo.empty");
        }
        return onSite.addPhoto(id, itemCode, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @PostMapping("/api/v1/inspections/{id}/submit")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "各项均已填写，提交签字（检查中 → 待签字）")
    TaskView submit(@PathVariable long id) {
        return task(onSite.submit(id));
    }

    @PostMapping("/api/v1/inspections/{id}/resume")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "签字前退回检查中继续填写（须说明原因）")
    TaskView resume(@PathVariable long id, @RequestBody ReasonBody body) {
        return task(onSite.resume(id, body.reason()));
    }

    @PostMapping("/api/v1/inspections/{id}/record/sign")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "两名检查人员和机构代表当场签字（PNG data URL）；签字后记录锁定，任务已完成，发布检查完成事件")
    RecordView sign(@PathVariable long id, @RequestBody OnSite.Signing body) {
        return view(onSite.sign(id, body));
    }

    @PostMapping("/api/v1/inspections/{id}/record/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "更正已签字的记录：生成一份注明原记录的新记录，修改后重新签字；原记录不变")
    RecordView correct(@PathVariable long id) {
        return view(onSite.correct(id));
    }

    @PostMapping("/api/v1/inspections/{id}/record/hazards")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "不符合项转为隐患：发布转隐患事件，由隐患模块立案；在此之前列为待转隐患")
    RecordView toHazard(@PathVariable long id, @RequestBody ItemBody body) {
        onSite.toHazard(id, body.itemCode());
        return record(id);
    }

    @GetMapping("/api/v1/inspections/{id}/record.pdf")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP','INSTITUTION')")
    @Operation(summary = "现场检查记录 PDF（机构名称、检查事项、结果和签字）")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.pdf(pdf.render(id), RecordPdf.fileName(id));
    }

    private RecordView view(InspectionRecord r) {
        return RecordView.of(r, onSite.photos(r.id()), onSite.signatures(r.id()));
    }

    private TaskView task(org.eldercare.oversight.inspection.task.InspectionTask t) {
        return TaskView.of(t, inspectors.findAll(t.inspectorIds()));
    }
}
