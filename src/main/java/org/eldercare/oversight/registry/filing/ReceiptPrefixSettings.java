package org.eldercare.oversight.registry.filing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.region.DataScope;
import org.eldercare.oversight.region.Region;
import org.eldercare.oversight.registry.archive.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors set the receipt prefix of the filing bureaus in their region: every county, prefecture and province (a
 * non-profit registered at a prefecture or province files there, REG-3). A prefix another bureau uses is refused (409);
 * the database enforces the same ({@code receipt_prefix} unique on prefix).
 */
@Service
class ReceiptPrefixSettings {

    private static final Pattern PREFIX = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{1," + ReceiptPrefixes.MAX_LENGTH + "}");
    /** Regions whose bureau takes filings (REG-3): provinces, prefectures and counties. */
    private static final String BUREAU = "(r.level between 1 and 3)";
    private final JdbcClient jdbc;
    private final DataScope scope;
    private final ReceiptPrefixes prefixes;
    private final Clock clock;

    ReceiptPrefixSettings(JdbcClient jdbc, DataScope scope, ReceiptPrefixes prefixes, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.prefixes = prefixes;
        this.clock = clock;
    }

    /** One filing bureau: its prefix (null until set or derived), how it was set, and its last number this year. */
    record Bureau(String regionCode, String regionName, int level, String prefix, String origin, String setBy, Instant setAt,
                  Integer lastNumberThisYear) {
        /** The bureau's name (楚雄市民政局, 云南省民政厅). */
        public String bureauName() {
            return FilingAuthorities.bureauName(new Region(regionCode, regionName, level, null, "", false));
        }

        public String originLabel() {
            return origin == null ? "未设置（出具首份回执时按名称自动生成）" : "DERIVED".equals(origin) ? "自动生成" : "已设置";
        }
    }

    private static final String SELECT = """
            select r.code as region_code, r.name as region_name, r.level, p.prefix, p.origin, p.set_by, p.set_at,
                   c.last as last_number_this_year
            from region r left join receipt_prefix p on p.region_code = r.code
                left join receipt_counter c on c.region_code = r.code and c.year = :year
            where""" + BUREAU;

    /**
     * The bureaus in the caller's region, or in {@code region} below it (404 outside), by place, at most {@code limit}: a
     * national list has about 3,000, so the page narrows by province or prefecture.
     */
    @Transactional(readOnly = true)
    public List<Bureau> list(String region, int limit) {
        String narrow = region == null || region.isBlank() ? null : region.strip();
        if (narrow != null) {
            scope.require(narrow);
        }
        String within = narrow == null ? "" : " and r.path like (select path from region where code = :narrow) || '%'";
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + " and " + scope.condition("r.code") + within + " order by r.path limit :limit")
                .param("year", LocalDate.now(clock).getYear()).param("limit", limit);
        return scope.bind(narrow == null ? spec : spec.param("narrow", narrow)).query(Bureau.class).list();
    }

    /** Sets a bureau's prefix; 404 outside the caller's region, 400 for a bad prefix, 409 when another bureau uses it. */
    @Transactional
    public Bureau set(String regionCode, String prefix) {
        scope.require(regionCode);
        Region bureau = prefixes.region(regionCode).orElseThrow(() -> PlatformException.notFound("region.notInScope", regionCode));
        if (!isBureau(regionCode)) {
            throw PlatformException.badRequest("registry.receiptPrefix.notBureau", bureau.name());
        }
        String p = prefix == null ? "" : prefix.strip();
        if (p.isEmpty()) {
            throw PlatformException.badRequest("field.required", "回执前缀");
        }
        if (!PREFIX.matcher(p).matches()) {
            throw PlatformException.badRequest("registry.receiptPrefix.invalid", ReceiptPrefixes.MAX_LENGTH);
        }
        prefixes.otherBureauUsing(p, regionCode).ifPresent(other -> {
            throw taken(p, other);
        });
        try {
            jdbc.sql("""
                    insert into receipt_prefix (region_code, prefix, origin, set_by, set_at) values (?, ?, 'SET', ?, ?)
                    on conflict (region_code) do update set prefix = excluded.prefix, origin = excluded.origin,
                        set_by = excluded.set_by, set_at = excluded.set_at""")
                    .params(regionCode, p, Caller.current().name(), Timestamp.from(Instant.now(clock))).update();
        } catch (DuplicateKeyException e) {
            // another bureau took it meanwhile; the transaction is spoilt, so no query names that bureau
            throw PlatformException.conflict("registry.receiptPrefix.taken", p, "其他备案机关");
        }
        return scope.bind(jdbc.sql(SELECT + " and r.code = :code and " + scope.condition("r.code")))
                .param("year", LocalDate.now(clock).getYear()).param("code", regionCode).query(Bureau.class).single();
    }

    private boolean isBureau(String regionCode) {
        return jdbc.sql("select exists (select 1 from region r where r.code = ? and " + BUREAU + ")").param(regionCode)
                .query(Boolean.class).single();
    }

    private PlatformException taken(String prefix, String otherBureau) {
        String name = prefixes.region(otherBureau).map(Region::name).orElse(otherBureau);
        return PlatformException.conflict("registry.receiptPrefix.taken", prefix, name);
    }
}
