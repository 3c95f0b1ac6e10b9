package org.eldercare.oversight.workforce.staff;

import java.util.List;
import org.eldercare.oversight.common.TabularFile;
import org.eldercare.oversight.common.TabularFile.Line;

/**
 * Reads a staff file (WRK-1 import): CSV in UTF-8 (with or without BOM) or GBK, or Excel (.xlsx). Columns are found by their
 * Chinese header names, or taken in the documented order ({@link #COLUMNS}) when there is no header. The file is read by
 * {@link TabularFile} (blank lines dropped, each line keeps its number in the file). Pure: no Spring, no database.
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

    /** The lines under the header; {@code columnIndex[i]} is where {@link #COLUMNS}{@code [i]} is, or -1. */
    record Parsed(int[] columnIndex, List<Line> lines) {
        String cell(Line line, int column) {
            return line.cell(columnIndex[column]);
        }
    }

    private StaffFile() {
    }

    static Parsed read(byte[] content) {
        List<Line> lines = TabularFile.read(content).lines();
        if (!lines.isEmpty() && lines.get(0).cells().stream().anyMatch(c -> c != null && c.contains("姓名"))) {
            return new Parsed(headerIndex(lines.get(0)), lines.subList(1, lines.size()));
        }
        return new Parsed(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, lines);
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
