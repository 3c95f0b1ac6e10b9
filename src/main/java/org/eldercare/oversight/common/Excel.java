package org.eldercare.oversight.common;

import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/** Excel (.xlsx) writing with a Chinese header row: whole, or streamed chunk by chunk for lists that can grow. */
public final class Excel {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Excel() {
    }

    /** One sheet: {@code headers} as the first row, then {@code rows}. */
    public static byte[] write(String sheet, List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(head(headers)).sheet(sheet).doWrite(rows);
        return out.toByteArray();
    }

    /** One header cell per column, as FastExcel takes them. */
    private static List<List<String>> head(List<String> headers) {
        return headers.stream().map(List::of).toList();
    }

    /** Takes the rows of a streamed sheet, a chunk at a time. */
    @FunctionalInterface
    public interface Rows {
        void add(List<List<Object>> chunk);
    }

    /**
     * One sheet written to {@code out} as its rows come: {@code headers} first, then every chunk {@code producer} adds. The
     * rows already written are flushed to a temporary file (streaming workbook), so memory stays bounded whatever the
     * number of rows; {@code out} is left open. When {@code producer} fails nothing is written (the exception propagates),
     * so a failed export is never taken for a complete one.
     */
    public static void stream(OutputStream out, String sheet, List<String> headers, Consumer<Rows> producer) {
        Target target = new Target(out);
        ExcelWriter writer = FastExcel.write(target).head(head(headers)).autoCloseStream(false).build();
        boolean complete = false;
        try {
            WriteSheet ws = FastExcel.writerSheet(sheet).build();
            writer.write(List.of(), ws);
            producer.accept(chunk -> writer.write(chunk, ws));
            complete = true;
        } finally {
            target.discard = !complete;
            writer.finish();
        }
    }

    /** The response stream, or nowhere once the export failed (the writer still finishes, to remove its temporary file). */
    private static final class Target extends FilterOutputStream {
        private boolean discard;

        Target(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            if (!discard) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!discard) {
                out.write(b, off, len);
            }
        }
    }
}
