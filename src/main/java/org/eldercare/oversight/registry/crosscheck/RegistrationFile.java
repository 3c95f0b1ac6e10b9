package org.eldercare.oversight.registry.crosscheck;

import java.util.List;
import org.eldercare.oversight.common.TabularFile;
import org.eldercare.oversight.common.TabularFile.Line;

/**
 * Reads a registration file (REG-4): CSV in UTF-8 (with or without BOM) or GBK/GB18030, or Excel (.xlsx/.xls).
 * Columns are found by their Chinese header names, or taken in the documented order when there is no header:
 * 统一社会信用代码, 名称, 登记机关类型, 经营（业务）范围, 地址, 登记日期. The file is read by {@link TabularFile} (blank lines
 * dropped, each line keeps its number in the file). Pure: no Spring, no database.
 */
final class RegistrationFile {

    static final String[] COLUMNS = {"统一社会信用代码", "名称", "登记机关类型", "经营范围", "地址", "登记日期"};
    static final int CODE = 0;
    static final int NAME = 1;
    static final int REGISTRAR = 2;
    static final int SCOPE = 3;
    static final int ADDRESS = 4;
    static final int DATE = 5;

    /** The lines under the header; {@code columnIndex[i]} is where column {@link #COLUMNS}{@code [i]} is, or -1. */
    record Parsed(String encoding, int[] columnIndex, List<Line> lines) {
        int column(int which) {
            return columnIndex[which];
        }
    }

    private RegistrationFile() {
    }

    static Parsed read(byte[] content) {
        TabularFile.Content file = TabularFile.read(content);
        List<Line> lines = file.lines();
        if (!lines.isEmpty() && isHeader(lines.get(0))) {
            return new Parsed(file.encoding(), headerIndex(lines.get(0)), lines.subList(1, lines.size()));
        }
        return new Parsed(file.encoding(), new int[] {CODE, NAME, REGISTRAR, SCOPE, ADDRESS, DATE}, lines);
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
