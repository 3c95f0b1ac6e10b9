package org.eldercare.oversight.region;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.eldercare.oversight.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * #9 item 17 on an installation that already ran: the national list (V26) joins the divisions V1 seeded and those the
 * installation added, without duplicating a code, and the records pointing at them keep working. Runs the real
 * migrations in a schema of its own on the test database.
 */
class NationalDivisionsUpgradeTests extends IntegrationTest {

    private static final String SCHEMA = "region_upgrade_test";

    @Autowired
    DataSource dataSource;

    private Flyway flyway(DataSource ds, String target) {
        return Flyway.configure().dataSource(ds).schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration")
                .javaMigrations(new NationalDivisionsMigration()).target(target).load();
    }

    @Test
    @DisplayName("#9 item 17: upgrading keeps V1's codes (taking the list's names), an added township and its institution")
    void upgradeReconcilesExistingDivisions() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        SingleConnectionDataSource ds = new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), true);
        JdbcClient db = JdbcClient.create(ds);
        try {
            db.sql("drop schema if exists " + SCHEMA + " cascade").update();
            flyway(ds, "25").migrate();
            db.sql("set search_path to " + SCHEMA).update();
            db.sql("insert into region (code, name, level, parent_code, path) values "
                    + "('532301199000', '本地新设镇', 4, '532301', '/000000/530000/532300/532301/532301199000/')").update();
            db.sql("""
                    insert into institution (uscc, name, legal_form, kind, address, region_code, created_at, created_by,
                        updated_at, updated_by)
                    values ('52532301MJ0000009X', '升级测试养老院', 'NON_PROFIT', 'NURSING_HOME', '楚雄市', '532301199000', now(), 'test',
                        now(), 'test')""").update();

            flyway(ds, "26").migrate();
            db.sql("set search_path to " + SCHEMA).update();

            assertThat(db.sql("select name from region where code = '500200'").query(String.class).single()).isEqualTo("县");
            assertThat(db.sql("select count(*) from region where level = 4 and code like '5323011%'").query(Long.class).single())
                    .isEqualTo(12 + 1);
            assertThat(db.sql("select r.name || ' ' || (r.retired_at is null) from institution i join region r on r.code = i.region_code"
                    + " where i.uscc = '52532301MJ0000009X'").query(String.class).single()).isEqualTo("本地新设镇 true");
            // the country, the list (three areas are their prefectures), V1's obsolete 崇川区 320602 (retired), the added township
            assertThat(db.sql("select count(*) from region").query(Long.class).single()).isEqualTo(1 + 31 + 342 + 2_975 + 41_352 + 1 + 1);
            assertThat(db.sql("select code from region where retired_at is not null").query(String.class).list()).containsExactly("320602");
            assertThat(db.sql("select count(*) from region r where r.level > 0 and not exists "
                    + "(select 1 from region p where p.code = r.parent_code and r.path = p.path || r.code || '/')")
                    .query(Long.class).single()).as("every path is its parent's path and its code").isZero();
        } finally {
            db.sql("set search_path to public").update();
            db.sql("drop schema if exists " + SCHEMA + " cascade").update();
            ds.destroy();
        }
    }
}
