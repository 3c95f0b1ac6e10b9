package org.eldercare.oversight.registry.crosscheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST API of the registration–filing cross-check (REG-4): queue a registration file (202 with the status resource, #9
 * item 8), follow its progress, read the result a page of rows at a time.
 */
@RestController
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
@Tag(name = "登记备案比对")
class CrossCheckApiController {

    /** The most rows one page of a report may have. */
    static final int MAX_PAGE = 1_000;
    private final RegistrationImportService imports;
    private final ImportReports reports;

    CrossCheckApiController(RegistrationImportService imports, ImportReports reports) {
        this.imports = imports;
        this.reports = reports;
    }

    @PostMapping(value = "/api/v1/registrations/imports", consumes = "multipart/form-data")
    @Operation(summary = "导入登记数据（CSV：UTF-8或GBK；或Excel）：文件当即校验（有错误行时不导入，除非 acceptGoodRows=true；"
            + "行数超过上限时不导入），通过后后台比对，答复202，Location 为进度资源；"
            + "completeFor（MARKET_REGULATION / CIVIL_AFFAIRS / PUBLIC_INSTITUTION）声明本文件为该登记机关在本辖区的全部登记数据，"
            + "只有这时未出现在文件中的运营机构才列为“未登记但实际开展”")
    ResponseEntity<RegistrationImportService.Accepted> importFile(@RequestPart("file") MultipartFile file,
                                                                  @RequestParam(defaultValue = "false") boolean acceptGoodRows,
                                                                  @RequestParam(required = false) String completeFor)
            throws IOException {
        RegistrationImportService.Accepted a = imports.upload(file.getOriginalFilename(), file.getBytes(), acceptGoodRows, completeFor);
        URI status = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/registrations/imports/{id}/status").buildAndExpand(a.importId()).toUri();
        return ResponseEntity.accepted().location(status).body(a);
    }

    @GetMapping("/api/v1/registrations/imports/{id}/status")
    @Operation(summary = "导入进度：状态（排队中/处理中/已完成/失败）、已比对行数/应比对行数、已有待核查线索的行数、失败原因")
    ImportReports.Progress status(@PathVariable long id) {
        return reports.progress(id);
    }

    @GetMapping("/api/v1/registrations/imports/{id}")
    @Operation(summary = "比对结果：各类数量及逐行结果（按行分页：after 为上一页 next，size 不超过1000；classification 只列该类）")
    ImportReports.ImportReport report(@PathVariable long id, @RequestParam(defaultValue = "0") long after,
                                      @RequestParam(defaultValue = "200") int size,
                                      @RequestParam(required = false) String classification) {
        if (size < 1 || size > MAX_PAGE) {
            throw PlatformException.badRequest("registry.field.invalid", "每页行数");
        }
        return reports.report(id, Labelled.parseOr(Classification.class, classification, "比对结果", null), after, size);
    }
}
