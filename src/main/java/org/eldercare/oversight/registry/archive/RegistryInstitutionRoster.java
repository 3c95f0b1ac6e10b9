package org.eldercare.oversight.registry.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registry answers the workforce module's questions about institutions (kind, beds, residents). */
@Component
class RegistryInstitutionRoster implements InstitutionRoster {

    private static final String SELECT = "select id, uscc, name, region_code, kind, beds_total, residents, operating_status "
            + "from institution ";
    private static final String CENTRE = InstitutionKind.RURAL_CENTER.name();
    private static final List<String> IN_SERVICE = List.of(OperatingStatus.OPERATING.name(), OperatingStatus.SUSPENDED.name());
    private static final String IN_SERVICE_UNDER = "select i.id, i.region_code from institution i join region r on r.code = i.region_code "
            + "where r.path like (select path from region where code = ?) || '%' and i.operating_status in (?, ?) and i.id > ? "
            + "order by i.id";
    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    RegistryInstitutionRoster(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
    }

    @Override
    public void forEachInService(String regionCode, long afterId, SiteSink sink) {
        streaming.query(IN_SERVICE_UNDER, (ResultSetExtractor<Void>) rs -> {
            boolean more = true;
            while (more && rs.next()) {
                more = sink.accept(rs.getLong(1), rs.getString(2));
            }
            return null;
        }, regionCode, IN_SERVICE.get(0), IN_SERVICE.get(1), afterId);
    }

    @Override
    public Optional<Entry> findByUscc(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            return Optional.empty();
        }
        SiteCode site = SiteCode.parse(uscc);
        return jdbc.sql(SELECT + "where uscc = ? and site_no = ?").params(site.uscc(), site.siteNo())
                .query(RegistryInstitutionRoster::entry).optional();
    }

    @Override
    public List<Entry> sitesOf(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where uscc = ? order by site_no").param(SiteCode.parse(uscc).uscc())
                .query(RegistryInstitutionRoster::entry).list();
    }

    @Override
    public Optional<Entry> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(RegistryInstitutionRoster::entry).optional();
    }

    @Override
    public List<Entry> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " ids at once");
        }
        return jdbc.sql(SELECT + "where id in (:ids)").param("ids", new ArrayList<>(ids)).query(RegistryInstitutionRoster::entry).list();
    }

    @Override
    public Capacity capacity(String regionCode) {
        String inRegion = "from institution i join region r on r.code = i.region_code "
                + "where r.path like (select path from region where code = :region) || '%' and i.operating_status in (:inService)";
        long beds = jdbc.sql("select coalesce(sum(i.beds_total), 0) " + inRegion).param("region", regionCode)
                .param("inService", IN_SERVICE).query(Long.class).single();
        List<long[]> centres = jdbc.sql("select i.id, i.residents " + inRegion + " and i.kind = :centre")
                .param("region", regionCode).param("inService", IN_SERVICE).param("centre", CENTRE)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        return new Capacity(beds, centres.stream().mapToLong(c -> c[1]).sum(), centres.stream().map(c -> c[0]).toList());
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        InstitutionKind kind = InstitutionKind.valueOf(rs.getString("kind"));
        String status = rs.getString("operating_status");
        return new Entry(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"), rs.getString("region_code"), kind.name(),
                kind.label(), kind == InstitutionKind.RURAL_CENTER, rs.getInt("beds_total"), rs.getInt("residents"),
                IN_SERVICE.contains(status), OperatingStatus.TERMINATED.name().equals(status));
    }
}
