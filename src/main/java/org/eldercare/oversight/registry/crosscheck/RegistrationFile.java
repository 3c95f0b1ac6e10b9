package org.eldercare.oversight.registry.crosscheck;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a registration file (REG-4): CSV in UTF-8 (with or without BOM) or GBK/GB18030, or Excel (.xlsx/.xls).
 * Columns are found by their Chinese header names, or taken in the documented order when there is no header:
 * 统一社会信用代码, 名称, 登记机关类型, 经营（业务）范围, 地址, 登记日期.
 */
final class RegistrationFile {

    static final String[] COLUMNS = {"统一社会信用代码", "名称", "登记机关类型", "经营范围", "地址", "登记日期"};

    record Line(int lineNo, List<String> cells) {
        String cell(int i) {
            return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
        }
    }

    record Parsed(String encoding, int[] columnIndex, List<Line> lines) {
    }

    private RegistrationFile() {
    }

    static Parsed read(String filename, byte[] content) {
        boolean excel = content.length >= 4 && ((content[0] == 'P' && content[1] == 'K')
                || ((content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF));
        List<Line> raw = new ArrayList<>();
        String encoding;
        if (excel) {
            encoding = "Excel";
            List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(content)).headRowNumber(0).sheet().doReadSync();
            int n = 0;
            for (Map<Integer, String> row : rows) {
                n++;
                int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(row.get(i));
                }
                raw.add(new Line(n, cells));
            }
        } else {
            org.eldercare.oversight.common.UploadedText d = org.eldercare.oversight.common.UploadedText.decode(content);
            encoding = d.encoding();
            raw = parseCsv(d.text());
        }
        raw.removeIf(l -> l.cells().stream().allMatch(c -> c == null || c.isBlank()));
        int[] index = {0, 1, 2, 3, 4, 5};
        if (!raw.isEmpty() && isHeader(raw.get(0))) {
            index = headerIndex(raw.get(0));
            raw = raw.subList(1, raw.size());
        }
        return new Parsed(encoding, index, raw);
    }

    private static boolean isHeader(Line first) {
        String joined = String.join(",", first.cells().stream().map(c -> c == null ? "" : c).toList());
        return joined.contains("代码") || joined.contains("名称");
    }

    private static int[] headerIndex(Line header) {
        int[] idx = {-1, -1, -1, -1, -1, -1};
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cell(i).replace(" ", "");
            if (h.contains("信用代码")) idx[0] = i;
            else if (h.contains("名称")) idx[1] = i;
            else if (h.contains("登记机关") || h.contains("登记类型") || h.contains("登记部门")) idx[2] = i;
            else if (h.contains("范围")) idx[3] = i;
            else if (h.contains("地址") || h.contains("住所")) idx[4] = i;
            else if (h.contains("日期") || h.contains("成立")) idx[5] = i;
        }
        return idx;
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Line numbers are the file's. */
    static List<Line> parseCsv(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int lineNo = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        lineNo++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(new Line(startLine, cells));
                cells = new ArrayList<>();
                lineNo++;
                startLine = lineNo;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(new Line(startLine, cells));
        }
        return lines;
    }

    /** Name comparison ignoring spaces, bracket width and letter case. */
    static String normaliseName(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c == '（') c = '(';
            else if (c == '）') c = ')';
            else if (c >= '！' && c <= '～') c = (char) (c - 0xFEE0);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
