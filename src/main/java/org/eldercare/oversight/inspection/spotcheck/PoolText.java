package org.eldercare.oversight.inspection.spotcheck;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Reads a stored snapshot (the gzip-compressed canonical form of {@link DrawPool}) back into a pool. */
final class PoolText {

    private PoolText() {
    }

    static DrawPool parse(byte[] gzip) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(gzip)),
                StandardCharsets.US_ASCII), 1 << 16)) {
            expect(in.readLine(), DrawPool.HEADER);
            int n = count(in.readLine(), "objects");
            long[] ids = new long[n];
            int[] weights = new int[n];
            String[] regions = new String[n];
            for (int i = 0; i < n; i++) {
                String[] f = in.readLine().split(" ");
                ids[i] = Long.parseLong(f[0]);
                weights[i] = Integer.parseInt(f[1]);
                regions[i] = f[2].intern();
            }
            int m = count(in.readLine(), "inspectors");
            long[] inspectors = new long[m];
            String[] departments = new String[m];
            String[] homes = new String[m];
            for (int i = 0; i < m; i++) {
                String[] f = in.readLine().split(" ");
                inspectors[i] = Long.parseLong(f[0]);
                departments[i] = f[1];
                homes[i] = "-".equals(f[2]) ? null : f[2];
            }
            long[][] conflicts = rows(in, "conflicts");
            long[][] history = rows(in, "history");
            return new DrawPool(ids, weights, regions, inspectors, departments, homes, conflicts, history);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long[][] rows(BufferedReader in, String label) throws IOException {
        int n = count(in.readLine(), label);
        long[][] rows = new long[n][];
        for (int i = 0; i < n; i++) {
            String[] f = in.readLine().split(" ");
            rows[i] = new long[f.length];
            for (int j = 0; j < f.length; j++) {
                rows[i][j] = Long.parseLong(f[j]);
            }
        }
        return rows;
    }

    private static int count(String line, String label) {
        if (line == null || !line.startsWith(label + " ")) {
            throw new IllegalArgumentException("snapshot: expected the " + label + " section");
        }
        return Integer.parseInt(line.substring(label.length() + 1));
    }

    private static void expect(String line, String text) {
        if (!text.equals(line)) {
            throw new IllegalArgumentException("snapshot: not a " + text + " text");
        }
    }
}
