package org.eldercare.oversight.bench;

/**
 * How much data a benchmark run makes and works over. {@code county}: one prefecture (楚雄州) with a few thousand
 * institutions, for a quick run; {@code national}: the figures of issue #15 over the whole national region tree.
 */
public enum BenchScale {

    COUNTY("532300", 5_000, 18_750, 100, 5_000, 5_000),
    NATIONAL("000000", 400_000, 1_500_000, 2_000, 100_000, 100_000);

    /** The region whose townships receive the institutions. */
    public final String root;
    public final int institutions;
    public final int staff;
    public final int bans;
    public final int importRows;
    public final int exportRows;

    BenchScale(String root, int institutions, int staff, int bans, int importRows, int exportRows) {
        this.root = root;
        this.institutions = institutions;
        this.staff = staff;
        this.bans = bans;
        this.importRows = importRows;
        this.exportRows = exportRows;
    }

    public static BenchScale parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
