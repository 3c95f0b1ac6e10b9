package org.eldercare.oversight.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, written a row at a time. Only the columns
 * named are filled; every other column takes its default (so new nullable or defaulted columns need no change here).
 */
final class CopyRows implements AutoCloseable {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    CopyRows(Connection c, String table, String columns) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        this.out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(pg, "copy " + table + " (" + columns + ") from stdin", 1 << 16), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** Writes one row; {@code null} is SQL NULL, other values their {@code toString()} (escaped). */
    CopyRows row(Object... values) throws IOException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(values[i]);
        }
        line.append('\n');
        out.write(line.toString());
        rows++;
        return this;
    }

    /** A row already in COPY text form (ending in a newline), e.g. made on another thread. */
    void raw(String text) throws IOException {
        out.write(text);
        rows++;
    }

    static String escape(Object v) {
        if (v == null) {
            return "\\N";
        }
        String s = v.toString();
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private void append(Object v) {
        line.append(escape(v));
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
