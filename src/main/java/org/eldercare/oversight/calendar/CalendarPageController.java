package org.eldercare.oversight.calendar;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eldercare.oversight.common.Messages;
import org.eldercare.oversight.common.PagePosts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历: a year view with rest days and make-up working days marked; upload of a year's notice (系统管理员). */
@Controller
class CalendarPageController {

    private final WorkingDayCalendar calendar;
    private final HolidayStore store;
    private final Messages messages;
    private final Clock clock;

    CalendarPageController(WorkingDayCalendar calendar, HolidayStore store, Messages messages, Clock clock) {
        this.calendar = calendar;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    /** One cell of the month grid. */
    record Cell(LocalDate date, DayKind kind, String name) {
    }

    record Month(int month, List<Cell> cells) {
    }

    @GetMapping("/calendar")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : Math.max(2000, Math.min(2100, year));
        Map<LocalDate, HolidayStore.ListedDay> listed = store.listedDays(y).stream()
                .collect(Collectors.toMap(HolidayStore.ListedDay::day, Function.identity(), (a, b) -> a));
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new Month(m, cells(YearMonth.of(y, m), listed)));
        }
        model.addAttribute("year", y);
        model.addAttribute("months", months);
        model.addAttribute("announced", calendar.isAnnounced(y));
        model.addAttribute("info", store.info(y).orElse(null));
        model.addAttribute("years", store.years());
        model.addAttribute("workingDaysInYear",
                calendar.workingDaysBetween(LocalDate.of(y - 1, 12, 31), LocalDate.of(y, 12, 31)).workingDays());
        return "calendar/year";
    }

    /** A month's grid from Monday: blank cells before the 1st, then each day with its kind and the notice's name. */
    private static List<Cell> cells(YearMonth ym, Map<LocalDate, HolidayStore.ListedDay> listed) {
        List<Cell> cells = new ArrayList<>();
        int pad = ym.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < pad; i++) {
            cells.add(new Cell(null, DayKind.BLANK, null));
        }
        for (int d = 1; d <= ym.lengthOfMonth(); d++) {
            LocalDate date = ym.atDay(d);
            HolidayStore.ListedDay l = listed.get(date);
            cells.add(new Cell(date, DayKind.of(date, l), l == null ? null : l.name()));
        }
        return cells;
    }

    @PostMapping("/calendar/upload")
    @PreAuthorize("hasRole('SYSADMIN')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication auth,
                  RedirectAttributes redirect) throws IOException {
        HolidayStore.UploadResult r = store.upload(file == null ? null : file.getBytes(), auth.getName());
        if (r.ok()) {
            redirect.addFlashAttribute(PagePosts.MESSAGE, messages.get("calendar.upload.loaded",
                    String.valueOf(r.year()), String.valueOf(r.days()), String.valueOf(r.recomputed())));
            return "redirect:/calendar?year=" + r.year();
        }
        redirect.addFlashAttribute("uploadErrors", r.errors());
        return "redirect:/calendar";
    }
}
