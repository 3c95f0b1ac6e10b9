package org.eldercare.oversight.workforce.staff;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eldercare.oversight.common.UploadedText;

/**
 * Reads a staff file (WRK-1 import): CSV in UTF-8 (with or without BOM) or GBK, or Excel (.xlsx). Columns are found by their
 * Chinese header names, or taken in the documented order ({@link #COLUMNS}) when there is no header. Blank lines are
 * dropped; every line keeps its number in the file (a CSV record: the line it starts on). Pure: no Spring, no database.
 */
final class StaffFile {

    static final String[] COLUMNS = {"姓名", "公民身份号码", "手机号码", "岗位", "护理员等级", "入职日期", "从业起始年份", "以往工作单位"};
    static final int NAME = 0;
    static final int ID_NUMBER = 1;
    static final int PHONE = 2;
    static final int ROLE = 3;
    static final int LEVEL = 4;
    static final int START = 5;
    static final int IN_TRADE_SINCE = 6;
    static final int PRIOR = 7;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(true)
            .setLenientEof(true).get();

    /** One line with its 1-based number in the file. */
    record Line(int lineNo, List<String> cells) {
        String cell(int i) {
            return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The lines under the header; {@code columnIndex[i]} is where {@link #COLUMNS}{@code [i]} is, or -1. */
    record Parsed(int[] columnIndex, List<Line> lines) {
        String cell(Line line, int column) {
            return line.cell(columnIndex[column]);
        }
    }

    private StaffFile() {
    }

    static Parsed read(byte[] content) {
        boolean excel = content.length >= 4 && content[0] == 'P' && content[1] == 'K';
        List<Line> lines = new ArrayList<>(excel ? readExcel(content) : parseCsv(UploadedText.decode(content).text()));
        lines.removeIf(Line::blank);
        if (!lines.isEmpty() && lines.get(0).cells().stream().anyMatch(c -> c != null && c.contains("姓名"))) {
            return new Parsed(headerIndex(lines.get(0)), List.copyOf(lines.subList(1, lines.size())));
        }
        return new Parsed(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, List.copyOf(lines));
    }

    private static List<Line> readExcel(byte[] content) {
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(content)).headRowNumber(0).sheet().doReadSync();
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (Map<Integer, String> row : rows) {
            n++;
            int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(row.get(i));
            }
            lines.add(new Line(n, cells));
        }
        return lines;
    }

    /** RFC 4180 CSV (Apache Commons CSV); a record's number is the line it starts on (quoted fields may span lines). */
    static List<Line> parseCsv(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSV)) {
            for (CSVRecord record : parser) {
                lines.add(new Line(lineOf(starts, record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static int lineOf(List<Integer> starts, long position) {
        int lo = 0;
        int hi = starts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.get(mid) <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    private static int[] headerIndex(Line header) {
        int[] idx = {-1, -1, -1, -1, -1, -1, -1, -1};
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cell(i).replace(" ", "");
            int column = h.contains("身份") ? ID_NUMBER : h.contains("姓名") ? NAME : h.contains("手机") || h.contains("电话") ? PHONE
                    : h.contains("等级") ? LEVEL : h.contains("岗位") || h.contains("职务") ? ROLE
                    : h.contains("入职") ? START : h.contains("从业") ? IN_TRADE_SINCE : h.contains("以往") || h.contains("曾任") ? PRIOR : -1;
            if (column >= 0 && idx[column] < 0) {
                idx[column] = i;
            }
        }
        return idx;
    }
}
