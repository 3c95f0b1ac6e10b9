package org.eldercare.oversight.common;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Excel (.xlsx) writing with a Chinese header row. */
public final class Excel {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Excel() {
    }

    /** One sheet: {@code headers} as the first row, then {@code rows}. */
    public static byte[] write(String sheet, List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(headers.stream().map(List::of).toList()).sheet(sheet).doWrite(rows);
        return out.toByteArray();
    }
}
