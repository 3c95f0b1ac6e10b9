package org.eldercare.oversight.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL of the zero-setup mode on its persistent data directory: stops a server an earlier,
 * killed start left running; refuses a directory of another PostgreSQL major version; runs with fsync and synchronous
 * commit on (zonky's test defaults turn both off); and requires passwords: a new directory gets scram-sha-256 for every
 * connection and the generated superuser password at initdb, a directory from an earlier version (trust) gets them
 * at its first start by this version.
 */
final class DataDirectoryCluster {

    static final String MAJOR_VERSION = "17";
    private static final Logger log = LoggerFactory.getLogger(DataDirectoryCluster.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

    private DataDirectoryCluster() {
    }

    static EmbeddedPostgres start(Path dataDirectory, String superuserPassword) throws IOException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        new OrphanPostmaster(dir).stopIfRunning(Duration.ofSeconds(60));
        requireSameMajorVersion(dir);
        boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir.toFile())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("timezone", "Asia/Shanghai")
                .setServerConfig("fsync", "on") // after zonky's -F on the command line, so it wins
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setConnectConfig("password", superuserPassword);
        if (!fresh) {
            return startExisting(builder, dir, superuserPassword);
        }
        Path pwfile = passwordFile(dir, superuserPassword);
        try {
            builder.setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("pwfile", pwfile.toString());
            EmbeddedPostgres pg = builder.start();
            log.info("Created the embedded PostgreSQL {} cluster in {} (password authentication)", MAJOR_VERSION, dir);
            return pg;
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    private static EmbeddedPostgres startExisting(EmbeddedPostgres.Builder builder, Path dir, String password) throws IOException {
        EmbeddedPostgres pg = builder.start();
        Path hba = dir.resolve("pg_hba.conf");
        List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
        if (lines.stream().noneMatch(DataDirectoryCluster::trusts)) {
            return pg;
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("set password_encryption = 'scram-sha-256'");
            st.execute("alter role postgres with password " + EmbeddedRoles.literal(password));
            Files.write(hba, lines.stream().map(l -> trusts(l) ? l.replaceAll("\\btrust\\s*$", "scram-sha-256") : l)
                    .collect(Collectors.toList()), StandardCharsets.UTF_8);
            st.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            pg.close();
            throw new IOException("could not set the database password of " + dir, e);
        }
        log.warn("The embedded database in {} accepted every local connection (trust): it now requires the generated password"
                + " kept in {}", dir, InstallationKeys.fileFor(dir));
        return pg;
    }

    /** A pg_hba.conf rule (not a comment) whose method is trust. */
    static boolean trusts(String line) {
        String l = line.strip();
        return !l.startsWith("#") && l.matches("(local|host\\w*)\\s.*\\btrust$");
    }

    private static void requireSameMajorVersion(Path dir) throws IOException {
        Path version = dir.resolve("PG_VERSION");
        if (!Files.exists(version)) {
            return;
        }
        String major = Files.readString(version, StandardCharsets.US_ASCII).strip();
        if (!MAJOR_VERSION.equals(major)) {
            String message = "The embedded database in " + dir + " was created by PostgreSQL " + major + "; this version runs"
                    + " PostgreSQL " + MAJOR_VERSION + ", which cannot open it. Move the data to PostgreSQL " + MAJOR_VERSION
                    + " first (README: 内嵌数据库升级) or start with the previous release";
            log.error(message);
            throw new IllegalStateException(message);
        }
    }

    private static Path passwordFile(Path dir, String password) throws IOException {
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path file = parent.resolve(".pg-initdb-password");
        Files.deleteIfExists(file);
        if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
