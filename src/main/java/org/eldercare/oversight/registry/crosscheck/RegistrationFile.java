package org.eldercare.oversight.registry.crosscheck;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eldercare.oversight.common.UploadedText;

/**
 * Reads a registration file (REG-4): CSV in UTF-8 (with or without BOM) or GBK/GB18030, or Excel (.xlsx/.xls).
 * Columns are found by their Chinese header names, or taken in the documented order when there is no header:
 * 统一社会信用代码, 名称, 登记机关类型, 经营（业务）范围, 地址, 登记日期. Blank lines are dropped; every line keeps the
 * number it has in the file. Pure: no Spring, no database.
 */
final class RegistrationFile {

    static final String[] COLUMNS = {"统一社会信用代码", "名称", "登记机关类型", "经营范围", "地址", "登记日期"};
    static final int CODE = 0;
    static final int NAME = 1;
    static final int REGISTRAR = 2;
    static final int SCOPE = 3;
    static final int ADDRESS = 4;
    static final int DATE = 5;

    /**
     * RFC 4180 as offices' spreadsheets write it, read leniently like before: text after a closing quote is kept, a
     * quote left open runs to the end of the file, and empty lines are kept here (dropped later) so that each record's
     * character position gives its line in the file.
     */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false).setTrailingData(true).setLenientEof(true).get();

    /** One line (CSV record or spreadsheet row) with its 1-based number in the file. */
    record Line(int lineNo, List<String> cells) {
        String cell(int i) {
            return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The lines under the header; {@code columnIndex[i]} is where column {@link #COLUMNS}{@code [i]} is, or -1. */
    record Parsed(String encoding, int[] columnIndex, List<Line> lines) {
        int column(int which) {
            return columnIndex[which];
        }
    }

    private RegistrationFile() {
    }

    static Parsed read(byte[] content) {
        boolean excel = content.length >= 4 && ((content[0] == 'P' && content[1] == 'K')
                || ((content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF));
        String encoding;
        List<Line> lines;
        if (excel) {
            encoding = "Excel";
            lines = readExcel(content);
        } else {
            UploadedText text = UploadedText.decode(content);
            encoding = text.encoding();
            lines = parseCsv(text.text());
        }
        lines = new ArrayList<>(lines);
        lines.removeIf(Line::blank);
        if (!lines.isEmpty() && isHeader(lines.get(0))) {
            return new Parsed(encoding, headerIndex(lines.get(0)), List.copyOf(lines.subList(1, lines.size())));
        }
        return new Parsed(encoding, new int[] {CODE, NAME, REGISTRAR, SCOPE, ADDRESS, DATE}, List.copyOf(lines));
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

    /**
     * RFC 4180 CSV (Apache Commons CSV): quoted fields may hold commas, doubled quotes and line breaks. A record's line
     * number is the file line it starts on, counted from its character position (CRLF, LF and CR each end a line).
     */
    static List<Line> parseCsv(String text) {
        int[] lineStarts = lineStarts(text);
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CSV)) {
            for (CSVRecord record : parser) {
                lines.add(new Line(lineOf(lineStarts, record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Character positions where each line of {@code text} starts; the first line starts at 0. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The 1-based number of the line holding character {@code position}. */
    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static boolean isHeader(Line first) {
        String joined = String.join(",", first.cells().stream().map(c -> c == null ? "" : c).toList());
        return joined.contains("代码") || joined.contains("名称");
    }

    private static int[] headerIndex(Line header) {
        int[] idx = {-1, -1, -1, -1, -1, -1};
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cell(i).replace(" ", "");
            if (h.contains("信用代码")) {
                idx[CODE] = i;
            } else if (h.contains("名称")) {
                idx[NAME] = i;
            } else if (h.contains("登记机关") || h.contains("登记类型") || h.contains("登记部门")) {
                idx[REGISTRAR] = i;
            } else if (h.contains("范围")) {
                idx[SCOPE] = i;
            } else if (h.contains("地址") || h.contains("住所")) {
                idx[ADDRESS] = i;
            } else if (h.contains("日期") || h.contains("成立")) {
                idx[DATE] = i;
            }
        }
        return idx;
    }
}
