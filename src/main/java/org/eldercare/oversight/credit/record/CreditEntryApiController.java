package org.eldercare.oversight.credit.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** CRD-1: the partner departments (with their token or account) and the supervisors add credit entries. */
@RestController
@Tag(name = "信用监管：信用记录")
class CreditEntryApiController {

    private final CreditRecords records;

    CreditEntryApiController(CreditRecords records) {
        this.records = records;
    }

    @PostMapping("/api/v1/credit/entries")
    @PreAuthorize("hasAnyRole('SUPERVISOR','DEPARTMENT')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增信用记录：部门只能录入本部门的记录类型（FIRE_FINDING 消防、MARKET_PENALTY 市场监管、HEALTH_FINDING 卫健、"
            + "CIVIL_AFFAIRS_PENALTY/COMMENDATION 民政），documentNo 为文书编号；更正不修改原记录，以 reverses 指明被冲正记录并写明 note（原因）")
    CreditEntry add(@RequestBody(required = false) CreditRecords.ManualEntry body) {
        return records.add(body == null ? new CreditRecords.ManualEntry(null, null, null, null, null, null) : body);
    }
}
