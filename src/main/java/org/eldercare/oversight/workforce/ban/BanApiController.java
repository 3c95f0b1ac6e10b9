package org.eldercare.oversight.workforce.ban;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** WRK-3 行业禁入 for partner systems: enter and revoke entries (supervisors), check a number (whoever hires). */
@RestController
@Tag(name = "行业禁入")
class BanApiController {

    private final BanRegister register;
    private final BanCheck check;
    private final BanList list;
    private final Clock clock;

    BanApiController(BanRegister register, BanCheck check, BanList list, Clock clock) {
        this.register = register;
        this.check = check;
        this.list = list;
        this.clock = clock;
    }

    /** A new entry; {@code source}: COURT or CREDIT_LISTING; dates inclusive. */
    record NewBan(String name, String idNumber, String source, String sourceDocument, String issuingAuthority, String reason,
                  LocalDate startDate, LocalDate endDate) {

        IndustryBan.Entry entry() {
            return new IndustryBan.Entry(name, Labelled.parse(BanSource.class, source, "禁入来源"), sourceDocument, issuingAuthority,
                    reason, startDate, endDate);
        }
    }

    /** The number to check travels in the body, never in a URL. */
    record CheckBody(String idNumber) {
    }

    record RevokeBody(String reason) {
    }

    @PostMapping("/api/v1/bans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "录入行业禁入（法院判决刑法第三十七条之一：3至5年；或失信名单）；录入后该人员在全国的在岗聘用即被标记，并通知所在地监管员")
    BanView add(@RequestBody NewBan body) {
        return BanView.of(register.add(body.idNumber(), body.entry()), today());
    }

    @PostMapping("/api/v1/bans/check")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSTITUTION')")
    @Operation(summary = "按公民身份号码（放在请求体中）核查全国行业禁入名单；每次核查均记入审计日志，结果中号码只显示脱敏形式")
    BanCheck.Verdict check(@RequestBody CheckBody body) {
        return check.check(body.idNumber());
    }

    @GetMapping("/api/v1/bans")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "本辖区录入的行业禁入，最新在前；按游标翻页（cursor、size 1–200，默认50）")
    ListPage<BanList.Shown> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        return list.page(PageCursor.of(cursor, size, 50));
    }

    @PostMapping("/api/v1/bans/{id}/revoke")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "撤销误录的行业禁入（须填写原因），记录保留")
    BanView revoke(@PathVariable long id, @RequestBody RevokeBody body) {
        return BanView.of(register.revoke(id, body.reason()), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
