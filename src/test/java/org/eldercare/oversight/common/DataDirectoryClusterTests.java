package org.eldercare.oversight.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data directories made by earlier versions of the platform. */
class DataDirectoryClusterTests {

    private static final String PASSWORD = "generated-superuser-password-for-this-test";

    @TempDir
    Path root;

    @Test
    @DisplayName("A data directory of the earlier version (trust for every local connection) requires the password from its first start")
    void earlierTrustDirectoryGetsAPassword() throws Exception {
        Path dir = root.resolve("pg");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir.toFile()).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create table kept (note text)");
            st.execute("insert into kept values ('written by the earlier version')");
        }
        assertThat(Files.readAllLines(dir.resolve("pg_hba.conf"))).anyMatch(DataDirectoryCluster::trusts);

        try (EmbeddedPostgres pg = DataDirectoryCluster.start(dir, PASSWORD)) {
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres").close()).hasMessageContaining("password");
            try (Connection c = DriverManager.getConnection(url, "postgres", PASSWORD); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select note from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written by the earlier version");
            }
        }
        assertThat(Files.readAllLines(dir.resolve("pg_hba.conf"))).noneMatch(DataDirectoryCluster::trusts);
    }

    @Test
    @DisplayName("A data directory of another PostgreSQL major version (14 before this release) is refused with an explanation")
    void otherMajorVersionIsRefused() throws Exception {
        Path dir = root.resolve("pg");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("PG_VERSION"), "14\n");
        assertThatThrownBy(() -> DataDirectoryCluster.start(dir, PASSWORD))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL 14").hasMessageContaining("PostgreSQL 17");
    }

    @Test
    @DisplayName("pg_hba.conf rules with the trust method are recognised, comments are not")
    void trustRules() {
        assertThat(DataDirectoryCluster.trusts("host    all             all             127.0.0.1/32            trust")).isTrue();
        assertThat(DataDirectoryCluster.trusts("local   all             all                                     trust")).isTrue();
        assertThat(DataDirectoryCluster.trusts("# local   all   all   trust")).isFalse();
        assertThat(DataDirectoryCluster.trusts("host    all             all             ::1/128                 scram-sha-256")).isFalse();
    }
}
