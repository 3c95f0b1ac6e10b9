package org.eldercare.oversight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.eldercare.oversight.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * #9 item 8, the upgrade (V28) on a database where the same file was imported twice the old way: each code had two open
 * leads. The newer one is merged into the oldest, and from then on the database keeps one open lead per code. Runs the
 * real migrations in a schema of its own on the test database.
 */
class LeadMergeMigrationTests extends IntegrationTest {

    private static final String SCHEMA = "lead_merge_migration_test";
    private static final String CODE = "91532301MA0000001X";

    @Autowired
    DataSource dataSource;

    private Flyway flyway(DataSource ds, String target) {
        return Flyway.configure().dataSource(ds).schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    @DisplayName("#9-8 upgrade: a code's duplicate open leads are merged into the oldest; a second open lead is then refused")
    void duplicateOpenLeadsAreMergedIntoTheOldest() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        SingleConnectionDataSource ds = new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), true);
        JdbcClient db = JdbcClient.create(ds);
        try {
            db.sql("drop schema if exists " + SCHEMA + " cascade").update();
            flyway(ds, "27").migrate();
            db.sql("set search_path to " + SCHEMA + ", public").update();
            long oldest = lead(db, CODE, "OPEN");
            long twice = lead(db, CODE, "OPEN");
            long verified = lead(db, CODE, "VERIFIED");
            long other = lead(db, "91532301MA0000002X", "OPEN");

            flyway(ds, "28").migrate();
            db.sql("set search_path to " + SCHEMA + ", public").update();

            List<String> states = db.sql("select id || ' ' || status || ' ' || coalesce(merged_into::text, '-') from verification_lead "
                    + "order by id").query(String.class).list();
            assertThat(states).containsExactly(oldest + " OPEN -", twice + " MERGED " + oldest, verified + " VERIFIED -",
                    other + " OPEN -");
            assertThatThrownBy(() -> lead(db, CODE, "OPEN")).isInstanceOf(DuplicateKeyException.class);
            assertThat(db.sql("select value from registry_setting where region_code = '000000' and key = 'import.maxRows'")
                    .query(Integer.class).single()).isEqualTo(200_000);
        } finally {
            db.sql("set search_path to public").update();
            db.sql("drop schema if exists " + SCHEMA + " cascade").update();
            ds.destroy();
        }
    }

    private static long lead(JdbcClient db, String uscc, String status) {
        return db.sql("insert into verification_lead (uscc, name, region_code, due_date, status, created_at) "
                        + "values (?, '重复线索测试', '532301', current_date, ?, now()) returning id")
                .params(uscc, status).query(Long.class).single();
    }
}
