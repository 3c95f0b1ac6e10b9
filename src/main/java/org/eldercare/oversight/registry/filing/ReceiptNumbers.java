package org.eldercare.oversight.registry.filing;

import java.util.List;
import org.eldercare.oversight.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Filing receipt numbers per filing authority and year: 楚民养备〔2026〕0012号. The prefix is the county's entry in
 * {@code receipt_prefix}, or the county name's first character + 民养备 where none is set.
 */
@Component
class ReceiptNumbers {

    private final JdbcClient jdbc;

    ReceiptNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String next(String institutionRegion, int year) {
        String prefix = prefixFor(institutionRegion);
        int n = jdbc.sql("""
                insert into receipt_sequence (prefix, year, last) values (?, ?, 1)
                on conflict (prefix, year) do update set last = receipt_sequence.last + 1 returning last""")
                .params(prefix, year).query(Integer.class).single();
        return prefix + "〔" + year + "〕" + String.format("%04d", n) + "号";
    }

    /** The filing authority named on a receipt: the civil-affairs bureau of the institution's county, e.g. 楚雄市民政局. */
    String authorityName(String regionCode) {
        return chain(regionCode).stream().filter(r -> r.level() <= 3).findFirst().map(r -> r.name() + "民政局").orElse("民政局");
    }

    /** The region and its ancestors, nearest first. */
    private List<Region> chain(String regionCode) {
        return jdbc.sql("""
                select r.code, r.name, r.level, r.parent_code, r.path from region r
                where (select path from region where code = ?) like r.path || '%' order by r.level desc""")
                .param(regionCode).query(Region.class).list();
    }

    String prefixFor(String regionCode) {
        // the county-level ancestor (or the region itself) of the institution
        for (Region r : chain(regionCode)) {
            if (r.level() <= 3) {
                String configured = jdbc.sql("select prefix from receipt_prefix where region_code = ?").param(r.code())
                        .query(String.class).optional().orElse(null);
                if (configured != null) {
                    return configured;
                }
                if (r.level() == 3) {
                    return r.name().substring(0, 1) + "民养备";
                }
            }
        }
        return "民养备";
    }
}
