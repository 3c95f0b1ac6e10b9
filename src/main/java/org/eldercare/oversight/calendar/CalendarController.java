package org.eldercare.oversight.calendar;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "工作日历")
class CalendarController {

    private final WorkingDayCalendar calendar;
    private final HolidayStore store;
    private final Messages messages;

    CalendarController(WorkingDayCalendar calendar, HolidayStore store, Messages messages) {
        this.calendar = calendar;
        this.store = store;
        this.messages = messages;
    }

    @GetMapping("/api/v1/calendar/deadline")
    @Operation(summary = "自起始日起N个工作日内的截止日（起始日不计入）")
    DeadlineView deadline(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) Integer workingDays) {
        if (workingDays == null) {
            throw PlatformException.badRequest("calendar.workingDays.required");
        }
        Deadline d = calendar.deadline(from, workingDays);
        return new DeadlineView(d.from(), d.workingDays(), d.deadline(), d.provisional(),
                d.provisional() ? messages.get("calendar.provisional") : null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeadlineView(LocalDate from, int workingDays, LocalDate deadline, boolean provisional, String note) {
    }

    @GetMapping("/api/v1/calendar/working-days")
    @Operation(summary = "区间 (from, to] 内的工作日数")
    WorkingDayCalendar.WorkingDays workingDays(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** A file with any error changes nothing: a 400 problem lists every error in Chinese ({@code errors}). */
    @PostMapping(value = "/api/v1/admin/calendar/years", consumes = "application/json")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "上传某年度节假日安排（JSON，格式同内置数据）；已有年度则替换，并重算受影响的期限（系统管理员）")
    HolidayStore.UploadResult upload(@RequestBody byte[] body, Authentication auth) {
        HolidayStore.UploadResult result = store.upload(body, auth.getName());
        if (!result.ok()) {
            throw PlatformException.badRequestListing("calendar.upload.invalid", result.errors(),
                    String.join("；", result.errors()));
        }
        return result;
    }
}
