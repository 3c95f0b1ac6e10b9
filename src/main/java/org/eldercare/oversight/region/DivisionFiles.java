package org.eldercare.oversight.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads division lists into the platform's code form (6 digits, townships 12). Two forms: the four files of the national
 * list as bundled ({@code provinces.csv} {@code code,name}, {@code cities.csv} {@code code,name,provinceCode},
 * {@code areas.csv} {@code code,name,cityCode,provinceCode}, {@code streets.csv} {@code code,name,areaCode,provinceCode,
 * cityCode}; recognised by their header, codes of 2/4/6/9 digits padded as the bundled README says), or the platform's
 * own {@code 区划代码,名称,上级区划代码} (header optional). An area whose padded code is its prefecture's (东莞市 441900)
 * is that prefecture, not a division of its own. Pure: no database.
 */
final class DivisionFiles {

    /** A division as read: platform codes, and where it stands ({@code 第3行} or {@code streets.csv 第3行}). */
    record Division(String code, String name, String parentCode, String where) {
    }

    /** A file's name and decoded text. */
    record Source(String filename, String text) {
    }

    /** The divisions read, each code once, and what is wrong with the other lines. */
    record Read(List<Division> divisions, List<String> errors) {
    }

    static final int NAME_MAX = 100;

    private enum Form {
        PROVINCES("code,name", 2, 0, "省级代码“%s”须为2位数字"),
        CITIES("code,name,provincecode", 4, 2, "市级代码“%s”须为4位数字，且前2位与所属省级代码一致"),
        AREAS("code,name,citycode,provincecode", 6, 4, "县级代码“%s”须为6位数字，且前4位与所属市级代码一致"),
        STREETS("code,name,areacode,provincecode,citycode", 9, 6, "乡级代码“%s”须为9位数字，且前6位与所属县级代码一致"),
        PLATFORM("区划代码,名称,上级区划代码", 0, 0, "区划代码“%s”须为6位或12位数字");

        final String header;
        final int digits;
        final int parentDigits;
        final String badCode;

        Form(String header, int digits, int parentDigits, String badCode) {
            this.header = header;
            this.digits = digits;
            this.parentDigits = parentDigits;
            this.badCode = badCode;
        }

        int columns() {
            return header.split(",").length;
        }

        static Form of(List<String> headerCells) {
            String joined = String.join(",", headerCells).toLowerCase(Locale.ROOT).replace(" ", "");
            for (Form f : values()) {
                if (f != PLATFORM && f.header.equals(joined)) {
                    return f;
                }
            }
            return PLATFORM;
        }
    }

    private DivisionFiles() {
    }

    static Read read(List<Source> sources) {
        Map<String, Division> divisions = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (Source s : sources) {
            readFile(s, sources.size() > 1 ? s.filename() + " " : "", divisions, errors);
        }
        return new Read(List.copyOf(divisions.values()), errors);
    }

    private static void readFile(Source source, String prefix, Map<String, Division> divisions, List<String> errors) {
        String[] lines = source.text().split("\\r?\\n|\\r", -1);
        Form form = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(lines[i]);
            if (form == null) {
                form = Form.of(cells);
                if (form != Form.PLATFORM || !cells.get(0).matches("\\d+")) {
                    continue; // a header row
                }
            }
            String where = prefix + "第" + (i + 1) + "行";
            Division d = division(form, cells, where, errors);
            if (d == null) {
                continue;
            }
            Division earlier = divisions.putIfAbsent(d.code(), d);
            if (earlier != null) {
                errors.add(where + "：区划代码" + d.code() + "在文件中重复（" + earlier.where() + "）");
            }
        }
    }

    /** The line as a division in platform codes; null (and an error) when it is malformed or not a division of its own. */
    private static Division division(Form form, List<String> cells, String where, List<String> errors) {
        String error = lineError(form, cells);
        if (error != null) {
            errors.add(where + "：" + error);
            return null;
        }
        String code = cells.get(0);
        String name = cells.get(1);
        return switch (form) {
            case PROVINCES -> new Division(code + "0000", name, Region.COUNTRY, where);
            case CITIES -> new Division(code + "00", name, cells.get(2) + "0000", where);
            case AREAS -> code.equals(cells.get(2) + "00") ? null : new Division(code, name, cells.get(2) + "00", where);
            case STREETS -> new Division(code + "000", name, cells.get(2), where);
            case PLATFORM -> new Division(code, name, cells.get(2), where);
        };
    }

    private static String lineError(Form form, List<String> cells) {
        if (cells.size() != form.columns()) {
            return "应为" + form.columns() + "列（" + form.header + "），实际为" + cells.size() + "列";
        }
        String code = cells.get(0);
        boolean codeOk = form == Form.PLATFORM ? digits(code, 6) || digits(code, 12)
                : digits(code, form.digits) && (form.parentDigits == 0
                        || digits(cells.get(2), form.parentDigits) && code.startsWith(cells.get(2)));
        if (!codeOk) {
            return form.badCode.formatted(code);
        }
        String name = cells.get(1);
        if (name.isEmpty() || name.length() > NAME_MAX) {
            return "名称不能为空且不超过" + NAME_MAX + "字";
        }
        return null;
    }

    /** Whether {@code s} is exactly {@code n} ASCII digits (45,000 rows: no regular expression per cell). */
    private static boolean digits(String s, int n) {
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The cells of a CSV line: separated by commas (also full-width ones), quotes as in RFC 4180, each trimmed. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == '，')) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
