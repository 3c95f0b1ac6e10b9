package org.eldercare.oversight.workforce.credit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** WRK-4 staff credit for partner systems. */
@RestController
@Tag(name = "从业信用")
class CreditApiController {

    private final StaffCredit credit;

    CreditApiController(StaffCredit credit) {
        this.credit = credit;
    }

    record Recorded(long id) {
    }

    /** The number travels in the body; {@code consentDocument}: the person's signed authorisation (number, date). */
    record LookupBody(String idNumber, String consentDocument) {
    }

    @GetMapping("/api/v1/staff/{id}/evaluations")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    @Operation(summary = "从业人员的信用记录（机构用户：本机构登记的，已登记本人授权的则为全部）")
    List<StaffCredit.Evaluation> evaluations(@PathVariable long id) {
        return credit.of(id);
    }

    @PostMapping("/api/v1/staff/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    @Operation(summary = "登记信用记录：kind 取 RECIPIENT_EVALUATION/AWARD/COMPLAINT_UPHELD/ABUSE_FINDING/PENALTY（后两类仅监管员）")
    Recorded record(@PathVariable long id, @RequestBody StaffCredit.NewEvaluation body) {
        return new Recorded(credit.record(id, body));
    }

    @PostMapping("/api/v1/staff/credit-lookups")
    @PreAuthorize("hasRole('INSTITUTION')")
    @Operation(summary = "拟聘用机构查询从业信用：登记本人授权书后返回全部信用记录；号码放在请求体中，每次查询记入审计日志")
    StaffCredit.Lookup lookUp(@RequestBody LookupBody body) {
        return credit.lookUp(body.idNumber(), body.consentDocument());
    }
}
