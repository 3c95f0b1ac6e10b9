package org.eldercare.oversight.credit.codes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.credit.record.CreditEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A code's credit as JSON and its entries (CRD-1, CRD-2), within the caller's region. */
@RestController
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT')")
@Tag(name = "信用监管：信用档案")
class CodeCreditApiController {

    private final CodeCredit credit;

    CodeCreditApiController(CodeCredit credit) {
        this.credit = credit;
    }

    @GetMapping("/api/v1/credit/codes/{uscc}")
    @Operation(summary = "统一社会信用代码的信用档案：服务场所、信用等级及其构成（各项分值之和即得分）、年度日常检查次数、是否在失信名单、名单程序")
    CodeCredit.View code(@PathVariable String uscc) {
        return credit.view(uscc, PageCursor.first(20));
    }

    @GetMapping("/api/v1/credit/codes/{uscc}/entries")
    @Operation(summary = "信用记录（按键分页，最新在前）")
    ListPage<CreditEntry> entries(@PathVariable String uscc, @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer size) {
        return credit.entries(uscc, PageCursor.of(cursor, size, 50));
    }

    @GetMapping("/api/v1/credit/codes/{uscc}/entries.xlsx")
    @Operation(summary = "导出信用记录（Excel，流式）")
    void export(@PathVariable String uscc, HttpServletResponse response) throws IOException {
        credit.export(uscc, response);
    }
}
