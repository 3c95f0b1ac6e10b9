package org.eldercare.oversight.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year's holiday notice in the format of shared/data/holidays (NateScarlet/holiday-cn): {@code year},
 * {@code papers[]}, {@code days[]} of {@code {name, date, isOffDay}}. Parsing validates everything and collects
 * Chinese error messages; a year with errors is never loaded.
 */
record HolidayYear(int year, List<String> papers, List<Day> days) {

    record Day(LocalDate date, String name, boolean offDay) {
    }

    record Parsed(HolidayYear year, List<String> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Parsed parse(byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            return refused("文件不是有效的JSON：" + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return refused("文件内容须为JSON对象，包含 year 和 days");
        }
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.isInt() || yearNode.asInt() < 2000 || yearNode.asInt() > 2100) {
            return refused("year 须为2000–2100之间的整数");
        }
        int year = yearNode.asInt();
        List<String> papers = new ArrayList<>();
        if (root.get("papers") != null && root.get("papers").isArray()) {
            root.get("papers").forEach(p -> papers.add(p.asString()));
        }
        JsonNode daysNode = root.get("days");
        if (daysNode == null || !daysNode.isArray() || daysNode.isEmpty()) {
            return refused("days 须为非空数组");
        }
        List<String> errors = new ArrayList<>();
        List<Day> days = days(daysNode, year, errors);
        if (!errors.isEmpty()) {
            return new Parsed(null, errors);
        }
        return new Parsed(new HolidayYear(year, papers, days), List.of());
    }

    private static Parsed refused(String error) {
        return new Parsed(null, List.of(error));
    }

    /** The valid entries of {@code days}; each invalid one adds its reason to {@code errors}. */
    private static List<Day> days(JsonNode daysNode, int year, List<String> errors) {
        List<Day> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        int i = 0;
        for (JsonNode d : daysNode) {
            i++;
            String error = dayError(d, year);
            LocalDate day = error == null ? LocalDate.parse(d.get("date").asString()) : null;
            if (error == null && !seen.add(day)) {
                error = "日期 " + day + " 重复";
            }
            if (error != null) {
                errors.add("days 第" + i + "项：" + error);
                continue;
            }
            days.add(new Day(day, d.get("name").asString().trim(), d.get("isOffDay").asBoolean()));
        }
        return days;
    }

    /** What is wrong with one entry of {@code days}, checked in the order name, isOffDay, date; null when nothing. */
    private static String dayError(JsonNode d, int year) {
        JsonNode name = d.get("name");
        JsonNode date = d.get("date");
        JsonNode off = d.get("isOffDay");
        if (name == null || !name.isString() || name.asString().isBlank() || name.asString().length() > 50) {
            return "缺少节日名称 name";
        }
        if (off == null || !off.isBoolean()) {
            return "isOffDay 须为 true（休息）或 false（调休上班）";
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.asString());
        } catch (DateTimeParseException e) {
            return "日期“" + (date == null ? "" : date.asString()) + "”须为 yyyy-MM-dd 格式的真实日期";
        }
        boolean inYear = day.getYear() == year
                || (day.getYear() == year - 1 && day.getMonthValue() == 12)
                || (day.getYear() == year + 1 && day.getMonthValue() == 1);
        return inYear ? null : "日期 " + day + " 不属于 " + year + " 年（仅允许相邻的12月或1月）";
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
