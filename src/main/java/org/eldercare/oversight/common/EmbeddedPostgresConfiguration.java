package org.eldercare.oversight.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With no {@code spring.datasource.url} the platform runs on an embedded PostgreSQL (zonky, PostgreSQL 17).
 * With {@code eldercare.embedded-db.data-dir} set (the app does: ./data/pg) the cluster lives there and survives
 * restarts ({@link DataDirectoryCluster}: passwords, fsync, a server left by a killed start is stopped); the application
 * connects as its own role {@code eldercare_app} ({@link EmbeddedRoles}) and Flyway as the owner. With the data directory
 * blank (tests) one temporary cluster serves the JVM, each Spring context gets a fresh database, and both connect as
 * the superuser. The cluster is stopped by the Spring context (after everything that uses the DataSource has shut
 * down), not by a JVM hook of its own that would race the context's shutdown.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static EmbeddedPostgres sharedCluster;
    private static int sharedUsers;

    /** The running cluster, the database this context uses and its login; closing it releases the cluster. */
    public static final class EmbeddedCluster implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final String database;
        private final boolean shared;
        private final String appUser;
        private final String appPassword;
        private PostmasterWatchdog watchdog;

        EmbeddedCluster(EmbeddedPostgres postgres, String database, boolean shared, String appUser, String appPassword) {
            this.postgres = postgres;
            this.database = database;
            this.shared = shared;
            this.appUser = appUser;
            this.appPassword = appPassword;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
        }

        @Override
        public void close() throws IOException {
            if (watchdog != null) {
                watchdog.close();
            }
            if (!shared) {
                postgres.close();
                return;
            }
            synchronized (EmbeddedPostgresConfiguration.class) {
                if (--sharedUsers == 0 && sharedCluster != null) {
                    sharedCluster.close();
                    sharedCluster = null;
                }
            }
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedCluster embeddedCluster(@Value("${eldercare.embedded-db.data-dir:}") String dataDir,
                                    @Value("${eldercare.embedded-db.database:eldercare}") String database,
                                    @Value("${" + InstallationKeysPostProcessor.SUPERUSER_PASSWORD + ":}") String superuserPassword,
                                    @Value("${" + InstallationKeysPostProcessor.APP_PASSWORD + ":}") String appPassword) throws Exception {
        if (dataDir == null || dataDir.isBlank()) {
            String name = "eo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            EmbeddedCluster cluster = new EmbeddedCluster(acquireShared(), name, true, EmbeddedRoles.OWNER_ROLE, null);
            createDatabaseIfMissing(cluster.postgres, cluster.database);
            return cluster;
        }
        if (superuserPassword.isBlank() || appPassword.isBlank()) {
            throw new IllegalStateException("no database passwords for the embedded data directory (InstallationKeysPostProcessor)");
        }
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        EmbeddedPostgres pg = DataDirectoryCluster.start(dir, superuserPassword);
        EmbeddedCluster cluster = new EmbeddedCluster(pg, database, false, EmbeddedRoles.APP_ROLE, appPassword);
        try {
            createDatabaseIfMissing(pg, database);
            EmbeddedRoles.ensureAppRole(pg.getDatabase(EmbeddedRoles.OWNER_ROLE, database), database, appPassword);
            new OrphanPostmaster(dir).find().ifPresent(p -> cluster.watchdog = PostmasterWatchdog.watch(p.pid()));
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        log.info("Embedded PostgreSQL {} running on port {} with data in {}", DataDirectoryCluster.MAJOR_VERSION, pg.getPort(), dir);
        return cluster;
    }

    /** The application's connection pool: the role {@code eldercare_app} on a data directory, the superuser in tests. */
    @Bean
    @Primary
    DataSource dataSource(EmbeddedCluster cluster) {
        return DataSourceBuilder.create()
                .url(cluster.jdbcUrl())
                .username(cluster.appUser)
                .password(cluster.appPassword)
                .build();
    }

    /** Flyway connects as the owner of the schema (unpooled: it needs a connection or two at start). */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedCluster cluster) {
        return cluster.postgres.getDatabase(EmbeddedRoles.OWNER_ROLE, cluster.database);
    }

    private static synchronized EmbeddedPostgres acquireShared() throws IOException {
        if (sharedCluster == null) {
            sharedCluster = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai").start();
        }
        sharedUsers++;
        return sharedCluster;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg, String dbName) throws Exception {
        if (!dbName.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("invalid database name " + dbName);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + dbName + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("create database " + dbName + " encoding 'UTF8' template template0");
        }
    }
}
