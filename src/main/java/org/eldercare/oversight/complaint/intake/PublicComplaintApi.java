package org.eldercare.oversight.complaint.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.complaint.handling.ComplaintIntake;
import org.eldercare.oversight.complaint.handling.ComplaintTracking;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public complaint API (no login, rate-limited per address): submit a complaint, track it by code and phone suffix. */
@RestController
@Tag(name = "公众投诉")
class PublicComplaintApi {

    private final PublicIntake intake;
    private final ComplaintTracking tracking;
    private final PublicRateLimits limits;

    PublicComplaintApi(PublicIntake intake, ComplaintTracking tracking, PublicRateLimits limits) {
        this.intake = intake;
        this.tracking = tracking;
        this.limits = limits;
    }

    record Tracked(String trackingCode, String phoneTail) {
    }

    /** The answer to a complainant: the tracking code, the PIN when no phone was given, and when feedback is due. */
    record Receipt(String trackingCode, String pin, java.time.LocalDate feedbackDue) {
    }

    @PostMapping("/api/v1/public/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交投诉（公开，无需登录；按来源地址限流）", description = "category 可选 SERVICE / ABUSE / FIRE / FOOD / MEDICAL /"
            + " PRICE / BUILDING / FUNDS / OTHER；institution（服务场所 id）或 address + regionCode（区县或乡镇）二选一。返回查询码；"
            + "未留手机号时另返回4位查询密码（仅此一次）。")
    Receipt submit(@RequestBody PublicComplaintPages.Form form, HttpServletRequest request) {
        limits.acquire(PublicRateLimits.Purpose.SUBMIT, request.getRemoteAddr());
        ComplaintIntake.Registration r = intake.submit(PublicComplaintPages.submission(form), List.of(), null);
        return new Receipt(r.trackingCode(), r.pin(), r.feedbackDue());
    }

    @PostMapping("/api/v1/public/complaints/track")
    @Operation(summary = "查询投诉办理进度（公开，无需登录）", description = "查询码与手机号后四位（或查询密码）须同时正确；不提示哪一项有误。")
    ComplaintTracking.Progress track(@RequestBody Tracked body, HttpServletRequest request) {
        limits.acquire(PublicRateLimits.Purpose.TRACK, request.getRemoteAddr());
        return tracking.track(body.trackingCode(), body.phoneTail())
                .orElseThrow(() -> PlatformException.notFound("complaint.track.noMatch"));
    }
}
