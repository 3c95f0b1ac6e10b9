package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.eldercare.oversight.audit.AuditEntry;
import org.eldercare.oversight.audit.AuditOutcome;
import org.eldercare.oversight.audit.AuditTrail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The zero-setup mode as a production start: no demo profile, no keys configured, a fresh data directory (under
 * target/, removed by the first start of this class). The generated keys let it start; the server is PostgreSQL 17 with
 * fsync and synchronous commit on, requires passwords, and the application's connections cannot touch the audit
 * log's triggers nor delete from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=", "eldercare.embedded-db.data-dir=" + EmbeddedDataDirectoryTests.DATA_DIR})
@DirtiesContext
class EmbeddedDataDirectoryTests {

    static final String DATA_DIR = "target/embedded-data-dir-test/pg";

    static {
        new OrphanPostmaster(Path.of(DATA_DIR)).stopIfRunning(Duration.ofSeconds(30)); // left by a killed earlier run
        TestDirectories.deleteTree(Path.of(DATA_DIR).getParent());
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedPostgresConfiguration.EmbeddedCluster cluster;
    @Autowired
    @FlywayDataSource
    DataSource owner;
    @Autowired
    AuditTrail audit;
    @Value("${eldercare.audit.hmac-key}")
    String auditKey;

    @Test
    @DisplayName("Data-directory mode: PostgreSQL 17 with fsync=on and synchronous_commit=on")
    void durableServer() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show server_version_num").query(Integer.class).single() / 10000).isEqualTo(17);
    }

    @Test
    @DisplayName("Data-directory mode: keys generated into an owner-only keys.properties and used by the application")
    void generatedKeys() throws Exception {
        Path file = Path.of(DATA_DIR).toAbsolutePath().getParent().resolve("keys.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Properties keys = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            keys.load(in);
        }
        assertThat(auditKey).isEqualTo(keys.getProperty("audit.hmac-key")).isNotIn(SecretKeyCheck.PUBLISHED_KEYS);
    }

    @Test
    @DisplayName("Data-directory mode: no connection without the password; pg_hba.conf trusts nobody")
    void passwordRequired() throws Exception {
        assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl() + "?user=postgres").close())
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl(), "eldercare_app", "wrong").close())
                .hasMessageContaining("password");
        assertThat(Files.readAllLines(Path.of(DATA_DIR, "pg_hba.conf"))).noneMatch(DataDirectoryCluster::trusts)
                .anyMatch(l -> l.startsWith("host") && l.endsWith("scram-sha-256"));
    }

    @Test
    @DisplayName("Data-directory mode: the application's role cannot drop or disable the audit triggers, nor delete audit rows")
    void applicationRoleCannotTouchTheAuditTriggers() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("eldercare_app");
        assertThatThrownBy(() -> jdbc.sql("drop trigger audit_log_no_update on audit_log").update())
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update())
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_log disable trigger all").update()).hasStackTraceContaining("must be owner");
        audit.record(new AuditEntry("data-dir-test", null, null, "TEST", null, null, AuditOutcome.SUCCESS, "a row to protect", null));
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update()).hasStackTraceContaining("审计日志不可修改或删除");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("create table intruder (id int)").update()).hasStackTraceContaining("permission denied");
        assertThat(jdbc.sql("select count(*) from pg_tables where tableowner = 'eldercare_app'").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("Data-directory mode: the application's role may read and write every table, also one a later migration adds")
    void applicationRoleWritesEveryTable() {
        assertThat(jdbc.sql("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r'
                   and not has_table_privilege('eldercare_app', c.oid, 'select, insert, update, delete')""")
                .query(Long.class).single()).isZero();
        JdbcClient asOwner = JdbcClient.create(owner);
        asOwner.sql("create table later_migration_probe (id bigserial primary key, note text)").update();
        try {
            jdbc.sql("insert into later_migration_probe (note) values ('written by the application')").update();
            assertThat(jdbc.sql("select count(*) from later_migration_probe").query(Long.class).single()).isEqualTo(1);
        } finally {
            asOwner.sql("drop table later_migration_probe").update();
        }
    }
}
