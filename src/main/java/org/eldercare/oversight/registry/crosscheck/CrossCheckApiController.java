package org.eldercare.oversight.registry.crosscheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the registration–filing cross-check (REG-4): import a registration file, read the result. */
@RestController
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
@Tag(name = "登记备案比对")
class CrossCheckApiController {

    private final RegistrationImportService imports;
    private final ImportReports reports;

    CrossCheckApiController(RegistrationImportService imports, ImportReports reports) {
        this.imports = imports;
        this.reports = reports;
    }

    @PostMapping(value = "/api/v1/registrations/imports", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "导入登记数据（CSV：UTF-8或GBK；或Excel），比对分类；有错误行时不导入，除非 acceptGoodRows=true；"
            + "completeFor（MARKET_REGULATION / CIVIL_AFFAIRS / PUBLIC_INSTITUTION）声明本文件为该登记机关在本辖区的全部登记数据，"
            + "只有这时未出现在文件中的运营机构才列为“未登记但实际开展”")
    RegistrationImportService.Outcome importFile(@RequestPart("file") MultipartFile file,
                                                 @RequestParam(defaultValue = "false") boolean acceptGoodRows,
                                                 @RequestParam(required = false) String completeFor) throws IOException {
        return imports.importFile(file.getOriginalFilename(), file.getBytes(), acceptGoodRows, completeFor);
    }

    @GetMapping("/api/v1/registrations/imports/{id}")
    @Operation(summary = "比对结果：各类数量及逐行结果")
    ImportReports.ImportReport report(@PathVariable long id) {
        return reports.report(id);
    }
}
