package org.eldercare.oversight.registry.crosscheck;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.TabularFile;

/**
 * The rows of a registration file (REG-4), checked: the candidates whose scope mentions 养老, the bad rows with their
 * Chinese reasons and file line numbers, and how many good rows were skipped as not about elderly care. Pure: no
 * Spring, no database; {@code reasons} turns a refused code into its Chinese text.
 */
record RegistrationRows(String encoding, int totalRows, List<Candidate> candidates, List<BadRow> badRows, int skippedRows) {

    /** Accepted date forms, strict: 2026/2/30 is refused, not read as 2026-02-28. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("uuuu/M/d"),
            strict("uuuu.M.d"), DateTimeFormatter.BASIC_ISO_DATE, strict("uuuu年M月d日"));

    /** A registration about elderly care, ready to be compared with the registry. */
    record Candidate(int line, Uscc uscc, String name, String registrar, String scope, String address, LocalDate registeredOn) {
    }

    /** Reads and checks {@code content}; an unreadable file or one without the required columns is refused. */
    static RegistrationRows read(byte[] content, Function<PlatformException, String> reasons) {
        return read(content, reasons, Integer.MAX_VALUE);
    }

    /** {@link #read(byte[], Function)}, refusing a file of more than {@code maxRows} data rows before checking them. */
    static RegistrationRows read(byte[] content, Function<PlatformException, String> reasons, int maxRows) {
        RegistrationFile.Parsed parsed;
        try {
            parsed = RegistrationFile.read(content);
        } catch (RuntimeException e) {
            throw PlatformException.badRequest("registry.import.unreadable");
        }
        if (parsed.column(RegistrationFile.CODE) < 0 || parsed.column(RegistrationFile.NAME) < 0
                || parsed.column(RegistrationFile.SCOPE) < 0) {
            throw PlatformException.badRequest("registry.import.columns");
        }
        if (parsed.lines().size() > maxRows) {
            throw PlatformException.badRequest("registry.import.tooManyRows", String.format("%,d", parsed.lines().size()),
                    String.format("%,d", maxRows));
        }
        return check(parsed, reasons);
    }

    private static RegistrationRows check(RegistrationFile.Parsed parsed, Function<PlatformException, String> reasons) {
        List<BadRow> bad = new ArrayList<>();
        List<Candidate> kept = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int skipped = 0;
        for (TabularFile.Line line : parsed.lines()) {
            Row row = new Row(parsed, line);
            String reason = row.problem(reasons, seen);
            if (reason != null) {
                bad.add(new BadRow(line.lineNo(), reason));
            } else if (!row.scope().contains("养老")) {
                skipped++;
            } else {
                kept.add(row.candidate());
            }
        }
        return new RegistrationRows(parsed.encoding(), parsed.lines().size(), List.copyOf(kept), List.copyOf(bad), skipped);
    }

    /** One line read through the file's column positions. */
    private record Row(RegistrationFile.Parsed parsed, TabularFile.Line line) {

        String cell(int column) {
            return line.cell(parsed.column(column));
        }

        String scope() {
            return cell(RegistrationFile.SCOPE);
        }

        /** The first thing wrong with the row, in Chinese, or null; a good row's code is remembered in {@code seen}. */
        String problem(Function<PlatformException, String> reasons, Map<String, Integer> seen) {
            Uscc uscc;
            try {
                uscc = Uscc.parse(cell(RegistrationFile.CODE));
            } catch (PlatformException e) {
                return reasons.apply(e);
            }
            if (cell(RegistrationFile.NAME).isEmpty()) {
                return "名称为空";
            }
            if (registrar(cell(RegistrationFile.REGISTRAR)) == null) {
                return "登记机关类型“" + cell(RegistrationFile.REGISTRAR) + "”无效，应为市场监管、民政或事业单位";
            }
            String date = cell(RegistrationFile.DATE);
            if (!date.isEmpty() && parseDate(date) == null) {
                return "登记日期“" + date + "”无法识别（应为 yyyy-MM-dd）";
            }
            Integer first = seen.putIfAbsent(uscc.value(), line.lineNo());
            return first == null ? null : "统一社会信用代码与第" + first + "行重复";
        }

        /** The row as a candidate; only for a row without a {@link #problem}. */
        Candidate candidate() {
            String date = cell(RegistrationFile.DATE);
            return new Candidate(line.lineNo(), Uscc.parse(cell(RegistrationFile.CODE)), cut(cell(RegistrationFile.NAME), 200),
                    registrar(cell(RegistrationFile.REGISTRAR)), cut(scope(), 1000), cut(cell(RegistrationFile.ADDRESS), 300),
                    date.isEmpty() ? null : parseDate(date));
        }
    }

    /** 市场监管, 民政 or 事业单位 as the registrar types are written in practice; null when it is none of them. */
    static String registrar(String raw) {
        String s = raw == null ? "" : raw.replace(" ", "");
        if (s.contains("市场监管") || s.contains("工商")) {
            return "市场监管";
        }
        if (s.contains("民政")) {
            return "民政";
        }
        if (s.contains("事业单位")) {
            return "事业单位";
        }
        return null;
    }

    /** A registration date in the usual Chinese spellings (2024-05-06, 2024/5/6, 2024.5.6, 20240506, 2024年5月6日). */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    static LocalDate parseDate(String s) {
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(s.trim(), f);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
