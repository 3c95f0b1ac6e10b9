package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eldercare.oversight.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The upgrade to stored filing authorities (V35) on a database with filings in every state: the filings already
 * submitted keep the county bureau their receipts were numbered under — also a non-profit registered at the prefecture,
 * which files there only from its next submission on; a draft gets its authority when it is submitted. Runs the real
 * migrations in a schema of its own on the test database.
 */
class FilingAuthorityMigrationTests extends IntegrationTest {

    private static final String SCHEMA = "filing_authority_migration_test";

    @Autowired
    DataSource dataSource;

    private Flyway flyway(DataSource ds, String target) {
        return Flyway.configure().dataSource(ds).schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration")
                .target(target).load();
    }

    private String versionBefore35(DataSource ds) {
        MigrationVersion v35 = MigrationVersion.fromVersion("35");
        return Arrays.stream(flyway(ds, "latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(v35) < 0).max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }

    @Test
    @DisplayName("REG-3 upgrade: filings already submitted keep their county bureau; drafts get theirs at submission")
    void existingFilingsKeepTheirCountyBureau() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        SingleConnectionDataSource ds = new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), true);
        JdbcClient db = JdbcClient.create(ds);
        try {
            db.sql("drop schema if exists " + SCHEMA + " cascade").update();
            flyway(ds, versionBefore35(ds)).migrate();
            db.sql("set search_path to " + SCHEMA).update();
            Map<String, Long> filings = new HashMap<>();
            db.sql("insert into region (code, name, level, parent_code, path) values ('532301199000', '迁移测试镇', 4, '532301',"
                    + " '/000000/530000/532300/532301/532301199000/') on conflict do nothing").update();
            long township = institution(db, "52532300MJ0000001A", "532301199000");
            filings.put("filed", filing(db, township, "FILED", "楚民养备〔2026〕0001号"));
            filings.put("revoked", filing(db, township, "REVOKED", "楚民养备〔2026〕0002号"));
            filings.put("submitted", filing(db, institution(db, "52532301MJ0000001A", "532301"), "SUBMITTED", null));
            filings.put("returned", filing(db, institution(db, "52532301MJ0000002A", "532301199000"), "RETURNED", null));
            filings.put("draft", filing(db, institution(db, "52532301MJ0000003A", "532301"), "DRAFT", null));

            flyway(ds, "35").migrate();
            db.sql("set search_path to " + SCHEMA).update();

            for (String state : new String[] {"filed", "revoked", "submitted", "returned"}) {
                assertThat(authority(db, filings.get(state))).as(state).isEqualTo("532301");
            }
            assertThat(authority(db, filings.get("draft"))).isNull();
            assertThat(db.sql("select count(*) from filing_transition where decider_region_code is not null or note is not null")
                    .query(Long.class).single()).isZero();
        } finally {
            db.sql("set search_path to public").update();
            db.sql("drop schema if exists " + SCHEMA + " cascade").update();
            ds.destroy();
        }
    }

    private static String authority(JdbcClient db, long filing) {
        return db.sql("select authority_code from filing where id = ?").param(filing).query(String.class).optional().orElse(null);
    }

    private static long filing(JdbcClient db, long institution, String status, String receipt) {
        return db.sql("insert into filing (institution_id, kind, status, receipt_no, created_at, created_by) "
                        + "values (?, 'INITIAL', ?, ?, now(), 'test') returning id")
                .params(institution, status, receipt).query(Long.class).single();
    }

    private static long institution(JdbcClient db, String uscc, String region) {
        return db.sql("""
                insert into institution (uscc, name, legal_form, kind, address, region_code, created_at, created_by,
                    updated_at, updated_by)
                values (?, ?, 'NON_PROFIT', 'NURSING_HOME', '测试地址', ?, now(), 'test', now(), 'test') returning id""")
                .params(uscc, "迁移测试养老院" + uscc, region).query(Long.class).single();
    }
}
