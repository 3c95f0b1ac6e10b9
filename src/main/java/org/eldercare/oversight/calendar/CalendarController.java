package org.eldercare.oversight.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.eldercare.oversight.common.NavigationItem;
import org.eldercare.oversight.common.PlatformException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    private final org.eldercare.oversight.common.Messages messages;

    CalendarController(WorkingDayCalendar calendar, HolidayStore store, org.eldercare.oversight.common.Messages messages) {
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

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record DeadlineView(LocalDate from, int workingDays, LocalDate deadline, boolean provisional, String note) {
    }

    @GetMapping("/api/v1/calendar/working-days")
    @Operation(summary = "区间 (from, to] 内的工作日数")
    WorkingDayCalendar.WorkingDays workingDays(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    @PostMapping(value = "/api/v1/admin/calendar/years", consumes = "application/json")
    @PreAuthorize("hasRole('SYSADMIN')")
    @Operation(summary = "上传某年度节假日安排（JSON，格式同内置数据）；已有年度则替换，并重算受影响的期限（系统管理员）")
    ResponseEntity<Object> upload(@RequestBody byte[] body, Authentication auth) throws IOException {
        HolidayStore.UploadResult result = store.upload(body, auth.getName());
        if (result.ok()) {
            return ResponseEntity.ok(result);
        }
        org.springframework.http.ProblemDetail pd = org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "节假日文件有误，未作任何更改：" + String.join("；", result.errors()));
        pd.setTitle("请求有误");
        pd.setProperty("errors", result.errors());
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem navCalendar() {
            return new NavigationItem(800, "nav.calendar", "/calendar", "bi-calendar", Set.of());
        }
    }
}
