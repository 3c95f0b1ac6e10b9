package org.eldercare.oversight.registry;

import cn.idev.excel.FastExcel;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Excel (.xlsx) writing with a Chinese header row. */
final class Excel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Excel() {
    }

    static byte[] write(String sheet, List<List<String>> head, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head).sheet(sheet).doWrite(rows);
        return out.toByteArray();
    }
}
