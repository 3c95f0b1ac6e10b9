package org.eldercare.oversight.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * The bench installation under {@code target/bench}: the embedded PostgreSQL data directory the packaged application runs
 * on ({@code pg}), its key file, and the files a run leaves (plan, credentials, report). The generator and the baselines
 * connect to the running server as its superuser, found from {@code postmaster.pid} and the key file.
 */
public final class BenchDatabase {

    public static final String DATABASE = "eldercare";
    private final Path dir;

    public BenchDatabase(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public Properties keys() throws IOException {
        return load(dir.resolve("keys.properties"));
    }

    public int port() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("pg/postmaster.pid"), StandardCharsets.UTF_8);
        return Integer.parseInt(lines.get(3).trim());
    }

    public String jdbcUrl() throws IOException {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** A superuser connection (the generator disables foreign-key triggers while it loads, which needs one). */
    public Connection connect() throws IOException, SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", keys().getProperty("db.superuser-password"));
    }

    public static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
