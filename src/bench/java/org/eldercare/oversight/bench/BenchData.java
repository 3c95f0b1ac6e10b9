package org.eldercare.oversight.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.eldercare.oversight.common.FieldCipher;

/**
 * What the fillers share: the scale, the seed's random numbers, the township layout, the institutions once made (their
 * ids, codes and townships, for the tables that refer to them) and the bench installation's field cipher.
 */
final class BenchData {

    static final String BY = "bench-generator";
    final BenchScale scale;
    final long seed;
    final Townships townships;
    final FieldCipher cipher;
    final Instant now = Instant.parse("2026-11-25T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 11, 25);

    /** Institution {@code i}: its id, code, name, township and county code. */
    long[] institutionId;
    String[] uscc;
    String[] name;
    String[] township;
    String[] county;
    boolean[] filed;
    /** Staff member {@code p} works at institution {@code staffInstitution[p]} (index, not id). */
    final int[] staffInstitution;
    final int[] staffCount;

    BenchData(BenchScale scale, long seed, Townships townships, FieldCipher cipher) {
        this.scale = scale;
        this.seed = seed;
        this.townships = townships;
        this.cipher = cipher;
        this.staffInstitution = new int[scale.staff];
        this.staffCount = new int[scale.institutions];
        SplittableRandom r = random(2);
        for (int p = 0; p < scale.staff; p++) {
            int i = r.nextInt(scale.institutions);
            staffInstitution[p] = i;
            staffCount[i]++;
        }
    }

    /** The random numbers of one purpose ({@code stream}) under this seed: the same for every run with the seed. */
    SplittableRandom random(long stream) {
        return new SplittableRandom(seed * 1_000_003L + stream);
    }

    static long nextId(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
