package org.eldercare.oversight.registry.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eldercare.oversight.common.Like;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.registry.PublicDirectory;
import org.eldercare.oversight.registry.archive.InstitutionKind;
import org.eldercare.oversight.registry.archive.OperatingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The filed service sites as the public sees them. Every filter is indexed: the region by its path (one range of the
 * region index, then {@code institution_public_idx} by region code), the name by the trigram index of V30, and the page
 * by the key ({@code id desc}); the total is counted up to {@code common.Total.CAP} only.
 */
@Component
class RegistryPublicDirectory implements PublicDirectory {

    static final String FILED = "FILED";
    private static final String LISTING = """
            select i.id, i.name, i.region_code, r.name as region_name, i.kind, i.beds_total, i.nursing_beds,
                   i.public_built_private_run, f.receipt_no, f.filed_date
            from institution i join region r on r.code = i.region_code
            left join lateral (select receipt_no, filed_date from filing where institution_id = i.id and status = 'FILED'
                               order by filed_date desc, id desc limit 1) f on true
            """;
    private final JdbcClient jdbc;

    RegistryPublicDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ListPage<Listing> search(Query query, PageCursor cursor) {
        Filter filter = Filter.of(query).within(regionPath(query.regionCode()));
        return cursor.page(c -> c.bind(filter.bind(jdbc.sql(LISTING + "where " + filter.where() + c.keyCondition("i.id")
                        + c.orderAndLimit("i.id")))).query(RegistryPublicDirectory::listing).list(),
                Listing::id,
                () -> filter.bind(jdbc.sql(ListPage.countSql("select 1 from institution i where " + filter.where())))
                        .query(Long.class).single());
    }

    /** The path of the region to search in and below (null: the whole country); an unknown region is a 404. */
    private String regionPath(String regionCode) {
        if (regionCode == null || regionCode.isBlank() || regionCode.trim().equals("000000")) {
            return null;
        }
        String code = regionCode.trim();
        if (!code.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw PlatformException.badRequest("disclosure.search.region");
        }
        return jdbc.sql("select path from region where code = ?").param(code).query(String.class).optional()
                .orElseThrow(() -> PlatformException.notFound("region.notFound", code));
    }

    @Override
    public Optional<Site> site(long institutionId) {
        return jdbc.sql("""
                select i.id, i.name, i.address, i.region_code, r.name as region_name, i.kind, i.beds_total, i.nursing_beds,
                       i.public_built_private_run, i.operating_status, f.receipt_no, f.filed_date, c.text, c.published_at
                from institution i join region r on r.code = i.region_code
                left join lateral (select receipt_no, filed_date from filing where institution_id = i.id and status = 'FILED'
                                   order by filed_date desc, id desc limit 1) f on true
                left join lateral (select text, published_at from credit_commitment where institution_id = i.id
                                   and published_at is not null order by published_at desc limit 1) c on true
                where i.id = :id and i.filing_status = 'FILED'""")
                .param("id", institutionId).query(RegistryPublicDirectory::site).optional();
    }

    @Override
    public List<Kind> kinds() {
        return Arrays.stream(InstitutionKind.values()).map(k -> new Kind(k.name(), k.label())).toList();
    }

    private static Listing listing(ResultSet rs, int row) throws SQLException {
        InstitutionKind kind = InstitutionKind.valueOf(rs.getString("kind"));
        return new Listing(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"), rs.getString("region_name"),
                kind.name(), kind.label(), rs.getInt("beds_total"), rs.getInt("nursing_beds"),
                rs.getBoolean("public_built_private_run"), rs.getString("receipt_no"),
                rs.getObject("filed_date", java.time.LocalDate.class));
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        InstitutionKind kind = InstitutionKind.valueOf(rs.getString("kind"));
        String text = rs.getString("text");
        java.sql.Timestamp published = rs.getTimestamp("published_at");
        Commitment commitment = text == null || published == null ? null : new Commitment(text, published.toInstant());
        return new Site(rs.getLong("id"), rs.getString("name"), rs.getString("address"), rs.getString("region_code"),
                rs.getString("region_name"), kind.name(), kind.label(), rs.getInt("beds_total"), rs.getInt("nursing_beds"),
                rs.getBoolean("public_built_private_run"), OperatingStatus.valueOf(rs.getString("operating_status")).label(),
                rs.getString("receipt_no"), rs.getObject("filed_date", java.time.LocalDate.class), commitment);
    }

    /** The search's conditions on {@code institution i}, checked (a Chinese 400 for bad input) and bound by name. */
    record Filter(String regionPath, String like, String kind, Integer minBeds, Integer maxBeds, boolean pbpr) {

        static Filter of(Query q) {
            String name = q.name() == null ? "" : q.name().trim();
            if (name.length() > Like.MAX_LENGTH) {
                throw PlatformException.badRequest("disclosure.search.tooLong", Like.MAX_LENGTH);
            }
            String kind = q.kind() == null || q.kind().isBlank() ? null : q.kind().trim();
            if (kind != null && Arrays.stream(InstitutionKind.values()).noneMatch(k -> k.name().equals(kind))) {
                throw PlatformException.badRequest("disclosure.search.kind");
            }
            if (q.minBeds() != null && q.minBeds() < 0 || q.maxBeds() != null && q.maxBeds() < 0
                    || q.minBeds() != null && q.maxBeds() != null && q.minBeds() > q.maxBeds()) {
                throw PlatformException.badRequest("disclosure.search.beds");
            }
            return new Filter(null, name.isEmpty() ? null : Like.contains(name), kind, q.minBeds(), q.maxBeds(),
                    q.publicBuiltPrivateRun());
        }

        Filter within(String path) {
            return new Filter(path, like, kind, minBeds, maxBeds, pbpr);
        }

        String where() {
            // filed sites in service: one that ended (已终止, 撤并/转型, REG-13) keeps its page but leaves the directory
            StringBuilder w = new StringBuilder("i.filing_status = 'FILED' and i.operating_status <> 'TERMINATED'");
            if (regionPath != null) {
                w.append(" and i.region_code in (select code from region where path like :regionPath)");
            }
            if (like != null) {
                w.append(" and i.name like :like");
            }
            if (kind != null) {
                w.append(" and i.kind = :kind");
            }
            if (minBeds != null) {
                w.append(" and i.beds_total >= :minBeds");
            }
            if (maxBeds != null) {
                w.append(" and i.beds_total <= :maxBeds");
            }
            if (pbpr) {
                w.append(" and i.public_built_private_run");
            }
            return w.toString();
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            JdbcClient.StatementSpec s = regionPath == null ? spec : spec.param("regionPath", regionPath + "%");
            s = like == null ? s : s.param("like", like);
            s = kind == null ? s : s.param("kind", kind);
            s = minBeds == null ? s : s.param("minBeds", minBeds);
            return maxBeds == null ? s : s.param("maxBeds", maxBeds);
        }
    }
}
