package org.eldercare.oversight.workforce.staff;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.TabularFile;

/**
 * The rows of a staff file (WRK-1 import), read into hirings: posts and levels by their Chinese names (or the API names),
 * dates in the usual Chinese spellings, the start year as a number. A row that cannot be read is a bad row with its line;
 * everything else about a row (the number, the ban register, the person) is checked by {@link Hiring}. Pure.
 */
record StaffRows(int totalRows, List<Row> rows, List<BadRow> badRows) {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("uuuu/M/d"),
            strict("uuuu.M.d"), DateTimeFormatter.BASIC_ISO_DATE, strict("uuuu年M月d日"), strict("uuuu-M-d"));

    /** A readable row and the hiring it states. */
    record Row(int line, Hiring.NewHire hire) {
    }

    static StaffRows read(byte[] content) {
        StaffFile.Parsed parsed = StaffFile.read(content);
        List<Row> rows = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        for (TabularFile.Line line : parsed.lines()) {
            try {
                rows.add(new Row(line.lineNo(), hire(parsed, line)));
            } catch (IllegalArgumentException e) {
                bad.add(new BadRow(line.lineNo(), e.getMessage()));
            }
        }
        return new StaffRows(parsed.lines().size(), List.copyOf(rows), List.copyOf(bad));
    }

    private static Hiring.NewHire hire(StaffFile.Parsed p, TabularFile.Line line) {
        String startText = p.cell(line, StaffFile.START);
        LocalDate start = startText.isEmpty() ? null : date(startText);
        String year = p.cell(line, StaffFile.IN_TRADE_SINCE);
        Integer since;
        try {
            since = year.isEmpty() ? null : Integer.valueOf(year.replace("年", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("从业起始年份“" + year + "”应为4位年份");
        }
        return new Hiring.NewHire(p.cell(line, StaffFile.NAME), p.cell(line, StaffFile.ID_NUMBER), p.cell(line, StaffFile.PHONE),
                choice(StaffRole.class, p.cell(line, StaffFile.ROLE), "岗位"), level(p.cell(line, StaffFile.LEVEL)), start, since,
                p.cell(line, StaffFile.PRIOR));
    }

    /** A post by its Chinese name (养老护理员) or API name (CARE_WORKER); blank stays blank (refused later as required). */
    static <E extends Enum<E> & Labelled> String choice(Class<E> type, String text, String field) {
        if (text.isEmpty()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(text) || c.label().equals(text))
                .findFirst().map(Enum::name)
                .orElseThrow(() -> new IllegalArgumentException(field + "“" + text + "”无法识别"));
    }

    /** A 养老护理员 level: 五级, 初级工, 五级/初级工 or FIVE. */
    static String level(String text) {
        if (text.isEmpty()) {
            return null;
        }
        return Arrays.stream(CareLevel.values())
                .filter(c -> c.name().equalsIgnoreCase(text) || Arrays.asList(c.label().split("/")).contains(text)
                        || c.label().equals(text))
                .findFirst().map(Enum::name)
                .orElseThrow(() -> new IllegalArgumentException("护理员等级“" + text + "”无法识别（五级至一级）"));
    }

    static LocalDate date(String text) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text.trim().toUpperCase(Locale.ROOT), f);
            } catch (DateTimeParseException ignored) {
                // next format
            }
        }
        throw new IllegalArgumentException("入职日期“" + text + "”无法识别（应为 yyyy-MM-dd）");
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
