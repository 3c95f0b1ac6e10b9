package org.eldercare.oversight.inspection.spotcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Both pools of a draw as primitive arrays (ADR 0021): the objects (service-site ids ascending, their weights and region
 * codes), the inspectors (ids ascending, department, own township or none), the declared conflicts and the earlier
 * assignments (inspector, site, times). {@link #encode} writes the canonical form — the text whose SHA-256 is the pool
 * hash, stored gzip-compressed as the draw's snapshot; {@link PoolText#parse} reads it back.
 */
final class DrawPool {

    static final String HEADER = "eldercare-spot-check-pool v1";
    final long[] objectIds;
    final int[] weights;
    final String[] objectRegions;
    final long[] inspectorIds;
    final String[] inspectorDepartments;
    final String[] inspectorHomes;
    /** Pairs (inspector, site), ascending. */
    final long[][] conflicts;
    /** Triples (inspector, site, times), ascending. */
    final long[][] history;

    DrawPool(long[] objectIds, int[] weights, String[] objectRegions, long[] inspectorIds, String[] inspectorDepartments,
             String[] inspectorHomes, long[][] conflicts, long[][] history) {
        this.objectIds = objectIds;
        this.weights = weights;
        this.objectRegions = objectRegions;
        this.inspectorIds = inspectorIds;
        this.inspectorDepartments = inspectorDepartments;
        this.inspectorHomes = inspectorHomes;
        this.conflicts = sorted(conflicts);
        this.history = sorted(history);
        requireAscending(objectIds, "objects");
        requireAscending(inspectorIds, "inspectors");
    }

    int objects() {
        return objectIds.length;
    }

    /** The canonical text, its SHA-256 (lowercase hex) and its gzip-compressed bytes (the stored snapshot). */
    record Encoded(String sha256, byte[] gzip) {
    }

    Encoded encode() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(1024, objectIds.length * 6));
            try (OutputStream gzip = new GZIPOutputStream(compressed, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            }; OutputStream out = new DigestOutputStream(gzip, digest)) {
                write(out);
            }
            return new Encoded(HexFormat.of().formatHex(digest.digest()), compressed.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pool hash alone (no compression). */
    String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                write(out);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(OutputStream out) throws IOException {
        Ascii a = new Ascii(out);
        a.raw(HEADER).newline();
        a.raw("objects ").number(objectIds.length).newline();
        for (int i = 0; i < objectIds.length; i++) {
            a.number(objectIds[i]).space().number(weights[i]).space().text(objectRegions[i]).newline();
        }
        a.raw("inspectors ").number(inspectorIds.length).newline();
        for (int i = 0; i < inspectorIds.length; i++) {
            a.number(inspectorIds[i]).space().text(inspectorDepartments[i]).space()
                    .text(inspectorHomes[i] == null ? "-" : inspectorHomes[i]).newline();
        }
        a.raw("conflicts ").number(conflicts.length).newline();
        for (long[] c : conflicts) {
            a.number(c[0]).space().number(c[1]).newline();
        }
        a.raw("history ").number(history.length).newline();
        for (long[] h : history) {
            a.number(h[0]).space().number(h[1]).space().number(h[2]).newline();
        }
        a.flush();
    }

    private static long[][] sorted(long[][] rows) {
        long[][] copy = rows.clone();
        Arrays.sort(copy, (x, y) -> {
            for (int i = 0; i < Math.min(x.length, y.length); i++) {
                int c = Long.compare(x[i], y[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.length, y.length);
        });
        return copy;
    }

    private static void requireAscending(long[] ids, String what) {
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] <= ids[i - 1]) {
                throw new IllegalArgumentException(what + " must be in ascending id order without repeats");
            }
        }
    }

    /** ASCII output into a buffer of its own (no per-byte stream calls, no per-number strings). */
    private static final class Ascii {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private final byte[] digits = new byte[20];
        private int size;

        Ascii(OutputStream out) {
            this.out = out;
        }

        private void put(int b) throws IOException {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = (byte) b;
        }

        void flush() throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }

        Ascii number(long value) throws IOException {
            if (value < 0) {
                put('-');
                value = -value;
            }
            int n = 0;
            do {
                digits[n++] = (byte) ('0' + value % 10);
                value /= 10;
            } while (value > 0);
            while (n > 0) {
                put(digits[--n]);
            }
            return this;
        }

        Ascii text(String s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 126 || c <= ' ') {
                    throw new IllegalArgumentException("codes in the canonical form are printable ASCII without spaces: " + s);
                }
                put(c);
            }
            return this;
        }

        Ascii raw(String s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                put(s.charAt(i));
            }
            return this;
        }

        Ascii space() throws IOException {
            put(' ');
            return this;
        }

        Ascii newline() throws IOException {
            put('\n');
            return this;
        }
    }
}
