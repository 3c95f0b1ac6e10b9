package org.eldercare.oversight.registry.filing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The receipt-number prefix of each filing bureau ({@code receipt_prefix}): one prefix per bureau, never shared. A
 * bureau without one gets a prefix derived from its name at its first receipt, which is then kept: the name's first
 * character + 民养备 (楚民养备) unless another bureau of the same level in the province starts with that character, then
 * the first two characters (海门民养备 / 海安民养备), then the full name, then the region code; a candidate another bureau
 * already uses (configured, or on receipts it issued) is skipped.
 */
@Component
class ReceiptPrefixes {

    static final String SUFFIX = "民养备";
    static final int MAX_LENGTH = 20;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReceiptPrefixes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The site's county bureau: the region itself, or its county (or prefecture) for a township. */
    Optional<Region> bureauOf(String regionCode) {
        return region(regionCode).flatMap(r -> r.level() == Region.TOWNSHIP ? region(r.parentCode()) : Optional.of(r));
    }

    Optional<Region> region(String code) {
        return jdbc.sql("select code, name, level, parent_code, path, retired_at is not null as retired from region where code = ?")
                .param(code).query(Region.class).optional();
    }

    Optional<String> configured(String bureauCode) {
        return jdbc.sql("select prefix from receipt_prefix where region_code = ?").param(bureauCode)
                .query(String.class).optional();
    }

    /** The bureau's prefix; derives and keeps one when it has none (a concurrent claim of the same prefix is skipped). */
    String prefixOf(Region bureau) {
        Optional<String> set = configured(bureau.code());
        if (set.isPresent()) {
            return set.get();
        }
        for (String candidate : candidates(bureau)) {
            if (!usedByAnother(candidate, bureau.code())) {
                jdbc.sql("""
                        insert into receipt_prefix (region_code, prefix, origin, set_by, set_at)
                        values (?, ?, 'DERIVED', 'system', ?) on conflict do nothing""")
                        .params(bureau.code(), candidate, Timestamp.from(Instant.now(clock))).update();
                set = configured(bureau.code());
                if (set.isPresent()) {
                    return set.get();
                }
            }
        }
        throw new IllegalStateException("no free receipt prefix for " + bureau.code());
    }

    /** The derived prefixes to try, in order (each ends with 民养备 and fits the column). */
    List<String> candidates(Region bureau) {
        String name = bureau.name().strip();
        List<String> stems = new ArrayList<>();
        if (name.length() > 1 && !sharedInProvince(bureau, name.substring(0, 1))) {
            stems.add(name.substring(0, 1));
        }
        if (name.length() > 2 && !sharedInProvince(bureau, name.substring(0, 2))) {
            stems.add(name.substring(0, 2));
        }
        stems.add(name);
        stems.add(bureau.code());
        return stems.stream().map(s -> s + SUFFIX).filter(p -> p.length() <= MAX_LENGTH).distinct().toList();
    }

    /** Whether another region of the bureau's level in the same province has a name starting with {@code stem}. */
    private boolean sharedInProvince(Region bureau, String stem) {
        return jdbc.sql("select exists (select 1 from region where level = ? and code <> ? and path like ? and name like ?)")
                .params(bureau.level(), bureau.code(), provincePath(bureau) + "%", stem + "%")
                .query(Boolean.class).single();
    }

    /** The path of the bureau's province ({@code /000000/320000/}), or its own for a province or the country. */
    static String provincePath(Region r) {
        String[] parts = r.path().split("/");
        return parts.length > 3 ? "/" + parts[1] + "/" + parts[2] + "/" : r.path();
    }

    boolean usedByAnother(String prefix, String bureauCode) {
        return otherBureauUsing(prefix, bureauCode).isPresent();
    }

    /**
     * The bureau other than {@code bureauCode} that uses {@code prefix}: it is configured for it, or it issued receipts
     * under it (the filing's authority, REG-3) (a prefix a bureau gave up is not handed on, its numbers stay unique).
     */
    Optional<String> otherBureauUsing(String prefix, String bureauCode) {
        Optional<String> configured = jdbc.sql("select region_code from receipt_prefix where prefix = ? and region_code <> ?")
                .params(prefix, bureauCode).query(String.class).optional();
        if (configured.isPresent()) {
            return configured;
        }
        return jdbc.sql("""
                select f.authority_code from filing f
                where left(f.receipt_no, :length) = :head and f.authority_code <> :bureau
                limit 1""")
                .param("length", prefix.length() + 1).param("head", prefix + "〔").param("bureau", bureauCode)
                .query(String.class).optional();
    }
}
