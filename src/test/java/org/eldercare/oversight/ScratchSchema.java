package org.eldercare.oversight;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A schema of its own on the test database, migrated by the real migrations up to just before the one under test, so an
 * upgrade test can put data in the old shape (or copy the shared test data into it), run the migration and check what it
 * kept. Closing drops the schema. Java migrations are given explicitly (they are Spring beans in the application).
 */
public final class ScratchSchema implements AutoCloseable {

    private final String schema;
    private final SingleConnectionDataSource ds;
    private final JdbcClient db;
    private final JavaMigration[] javaMigrations;

    private ScratchSchema(String schema, DataSource pooled, JavaMigration... javaMigrations) {
        HikariDataSource pool = (HikariDataSource) pooled;
        this.schema = schema;
        this.ds = new SingleConnectionDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword(), true);
        this.db = JdbcClient.create(ds);
        this.javaMigrations = javaMigrations;
    }

    /** A fresh schema migrated to the last version before {@code version}, whichever migrations exist by then. */
    public static ScratchSchema before(String version, String schema, DataSource pooled, JavaMigration... javaMigrations) {
        ScratchSchema s = new ScratchSchema(schema, pooled, javaMigrations);
        s.db.sql("drop schema if exists " + schema + " cascade").update();
        MigrationVersion target = MigrationVersion.fromVersion(version);
        String previous = Arrays.stream(s.flyway("latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(target) < 0).max(MigrationVersion::compareTo).orElseThrow().getVersion();
        s.migrateTo(previous);
        return s;
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(ds).schemas(schema).createSchemas(true).locations("classpath:db/migration")
                .javaMigrations(javaMigrations).target(target).load();
    }

    /** Runs the migrations up to {@code version}; the connection's search path stays on this schema. */
    public void migrateTo(String version) {
        flyway(version).migrate();
        db.sql("set search_path to " + schema).update();
    }

    /** The scratch schema (the search path is set to it). */
    public JdbcClient db() {
        return db;
    }

    /**
     * Copies the rows of {@code table} from the shared test schema ({@code public}) into this one, the columns both have;
     * rows whose key exists already are skipped. Returns the rows copied.
     */
    public int copyFromPublic(String table) {
        return copyFromPublic(table, "true");
    }

    /** As {@link #copyFromPublic(String)}, the rows matching {@code where} (SQL over the public table's columns). */
    public int copyFromPublic(String table, String where) {
        List<String> columns = db.sql("""
                select column_name from information_schema.columns c where table_schema = ? and table_name = ? and is_generated = 'NEVER'
                  and exists (select 1 from information_schema.columns p where p.table_schema = 'public'
                              and p.table_name = c.table_name and p.column_name = c.column_name)
                order by ordinal_position""").params(schema, table).query(String.class).list();
        String list = String.join(", ", columns);
        return db.sql("insert into " + schema + "." + table + " (" + list + ") select " + list + " from public." + table
                + " where " + where + " on conflict do nothing").update();
    }

    @Override
    public void close() {
        db.sql("set search_path to public").update();
        db.sql("drop schema if exists " + schema + " cascade").update();
        ds.destroy();
    }
}
