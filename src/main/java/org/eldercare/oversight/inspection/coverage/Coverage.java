package org.eldercare.oversight.inspection.coverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.region.RegionService;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage of a region in a year (INS-6, INS-7): the service sites in service under it, streamed from the registry in id
 * order, against the visits recorded for the year. A visit of kind PATROL is a township's 日常巡查; every other kind is a
 * county-level comprehensive visit. A site is covered with at least one visit of any kind; the county target is ≥1
 * county visit, the township target ≥2 patrols.
 */
@Component
class Coverage {

    static final int COUNTY_TARGET = 1;
    static final int TOWNSHIP_TARGET = 2;
    private final InstitutionRoster roster;
    private final RegionService regions;
    private final JdbcClient jdbc;

    Coverage(InstitutionRoster roster, RegionService regions, JdbcClient jdbc) {
        this.roster = roster;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** Figures of a region and year. */
    record Summary(String regionCode, String regionName, int year, long sites, long inspected, long uninspected,
                   long countyTargetMet, long townshipTargetMet) {
    }

    /** One site: its visits in the year ({@code county}, {@code township}). */
    record Site(long institutionId, String regionCode, int county, int township) {

        boolean inspected() {
            return county + township > 0;
        }
    }

    /** Visits per site (county, township) in the region's subtree and year. */
    Map<Long, int[]> visits(Region region, int year) {
        Map<Long, int[]> visits = new HashMap<>();
        jdbc.sql("select v.institution_id, sum(case when v.kind = 'PATROL' then 0 else 1 end), "
                        + "sum(case when v.kind = 'PATROL' then 1 else 0 end) "
                        + "from inspection_visit v join region r on r.code = v.region_code "
                        + "where r.path like :path and v.completed_on between :from and :to group by v.institution_id")
                .param("path", region.path() + "%").param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    visits.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return visits;
    }

    @Transactional(readOnly = true)
    public Summary summary(Region region, int year) {
        Map<Long, int[]> visits = visits(region, year);
        long[] f = new long[4];
        roster.forEachInService(region.code(), 0L, (id, code) -> {
            int[] v = visits.getOrDefault(id, new int[2]);
            f[0]++;
            f[1] += v[0] + v[1] > 0 ? 1 : 0;
            f[2] += v[0] >= COUNTY_TARGET ? 1 : 0;
            f[3] += v[1] >= TOWNSHIP_TARGET ? 1 : 0;
            return true;
        });
        return new Summary(region.code(), region.name(), year, f[0], f[1], f[0] - f[1], f[2], f[3]);
    }

    /** Up to {@code size} sites after {@code afterId} (ascending id); {@code uninspectedOnly}: those without any visit. */
    @Transactional(readOnly = true)
    public List<Site> sites(Region region, int year, long afterId, int size, boolean uninspectedOnly) {
        Map<Long, int[]> visits = visits(region, year);
        List<Site> sites = new ArrayList<>();
        roster.forEachInService(region.code(), afterId, (id, code) -> {
            int[] v = visits.getOrDefault(id, new int[2]);
            if (!uninspectedOnly || v[0] + v[1] == 0) {
                sites.add(new Site(id, code, v[0], v[1]));
            }
            return sites.size() < size;
        });
        return sites;
    }

    /** Every site of the region with its visits in the year, in id order, in one pass (the Excel report). */
    @Transactional(readOnly = true)
    public void forEachSite(Region region, int year, java.util.function.Consumer<Site> consumer) {
        Map<Long, int[]> visits = visits(region, year);
        roster.forEachInService(region.code(), 0L, (id, code) -> {
            int[] v = visits.getOrDefault(id, new int[2]);
            consumer.accept(new Site(id, code, v[0], v[1]));
            return true;
        });
    }

    static int year(Integer year, LocalDate today) {
        int y = year == null ? today.getYear() : year;
        if (y < 2000 || y > today.getYear() + 1) {
            throw PlatformException.badRequest("inspection.coverage.yearRange");
        }
        return y;
    }

    Region region(String code) {
        return regions.find(code).orElseThrow(() -> PlatformException.notFound("region.notInScope", code));
    }
}
