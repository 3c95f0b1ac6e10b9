package org.eldercare.oversight.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} the platform runs on an embedded PostgreSQL (zonky).
 * With {@code eldercare.embedded-db.data-dir} set (the app does: ./data/pg) the cluster lives there and
 * survives restarts; with it blank (tests) one temporary cluster serves the JVM and each Spring context gets a
 * fresh database. The cluster is stopped by the Spring context (after everything that uses the DataSource has
 * shut down), not by a JVM hook of its own that would race the context's shutdown.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static EmbeddedPostgres sharedCluster;
    private static int sharedUsers;

    /** The running cluster and the database this context uses; closing it releases the cluster. */
    public static final class EmbeddedCluster implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final String database;
        private final boolean shared;

        EmbeddedCluster(EmbeddedPostgres postgres, String database, boolean shared) {
            this.postgres = postgres;
            this.database = database;
            this.shared = shared;
        }

        @Override
        public void close() throws IOException {
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
                                    @Value("${eldercare.embedded-db.database:eldercare}") String database) throws Exception {
        EmbeddedCluster cluster;
        if (dataDir == null || dataDir.isBlank()) {
            cluster = new EmbeddedCluster(acquireShared(), "eo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), true);
        } else {
            File dir = new File(dataDir).getAbsoluteFile();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", pg.getPort(), dir);
            cluster = new EmbeddedCluster(pg, database, false);
        }
        createDatabaseIfMissing(cluster.postgres, cluster.database);
        return cluster;
    }

    @Bean
    DataSource dataSource(EmbeddedCluster cluster) {
        return DataSourceBuilder.create()
                .url(cluster.postgres.getJdbcUrl("postgres", cluster.database))
                .username("postgres")
                .build();
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
