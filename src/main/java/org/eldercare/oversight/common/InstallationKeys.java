package org.eldercare.oversight.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The per-installation secrets of the zero-setup embedded mode, kept in an owner-only file beside the PostgreSQL data
 * directory ({@code ./data/keys.properties} for {@code ./data/pg}): the database passwords and, for an installation this
 * version created, the audit HMAC key, the SM4 key k1 and the blind-index key. Generated on first start, reused later.
 *
 * <p>A data directory that already holds a cluster but no key file was created by an earlier version with the keys then
 * configured (environment or the published development defaults); its data were written with them, so only the
 * database passwords are generated and the application keys keep coming from configuration.
 */
public final class InstallationKeys {

    public static final String FILE_NAME = "keys.properties";
    static final String SUPERUSER_PASSWORD = "db.superuser-password";
    static final String APP_PASSWORD = "db.app-password";
    /** Key-file entry → the environment variable it stands in for when that variable is not set. */
    static final Map<String, String> APPLICATION_KEYS = Map.of(
            "audit.hmac-key", "ELDERCARE_AUDIT_KEY",
            "crypto.keys.k1", "ELDERCARE_SM4_KEY_K1",
            "crypto.blind-index-key", "ELDERCARE_BLIND_INDEX_KEY");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values;
    private final boolean created;

    private InstallationKeys(Path file, Properties values, boolean created) {
        this.file = file;
        this.values = values;
        this.created = created;
    }

    /** The key file of the cluster in {@code dataDirectory}: its parent's keys.properties. */
    public static Path fileFor(Path dataDirectory) {
        Path parent = dataDirectory.toAbsolutePath().normalize().getParent();
        return parent.resolve(FILE_NAME);
    }

    /** Reads the key file of {@code dataDirectory}, creating it (and any entry it lacks) first if needed. */
    public static InstallationKeys loadOrCreate(Path dataDirectory) throws IOException {
        Path file = fileFor(dataDirectory);
        boolean existed = Files.exists(file);
        Properties values = new Properties();
        if (existed) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            }
        }
        boolean legacyCluster = !existed && Files.exists(dataDirectory.resolve("PG_VERSION"));
        boolean added = putIfAbsent(values, SUPERUSER_PASSWORD, randomText());
        added |= putIfAbsent(values, APP_PASSWORD, randomText());
        if (!legacyCluster && !existed) {
            values.setProperty("audit.hmac-key", randomText());
            values.setProperty("crypto.keys.k1", HexFormat.of().formatHex(randomBytes(16)));
            values.setProperty("crypto.blind-index-key", randomText());
        }
        if (added) {
            write(file, values);
        }
        return new InstallationKeys(file, values, !existed);
    }

    public Path file() {
        return file;
    }

    /** True when this start created the file. */
    public boolean created() {
        return created;
    }

    public String superuserPassword() {
        return values.getProperty(SUPERUSER_PASSWORD);
    }

    public String appPassword() {
        return values.getProperty(APP_PASSWORD);
    }

    /** The application keys held in the file, by the environment variable each stands in for. */
    public Map<String, Object> asEnvironmentVariables() {
        Map<String, Object> env = new LinkedHashMap<>();
        APPLICATION_KEYS.forEach((entry, variable) -> {
            String value = values.getProperty(entry);
            if (value != null && !value.isBlank()) {
                env.put(variable, value);
            }
        });
        return env;
    }

    private static boolean putIfAbsent(Properties values, String key, String value) {
        if (values.getProperty(key, "").isBlank()) {
            values.setProperty(key, value);
            return true;
        }
        return false;
    }

    /** Writes to a temporary owner-only file, then moves it over the key file (never a half-written or readable file). */
    private static void write(Path file, Properties values) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(out, "Eldercare Oversight per-installation keys: keep secret, back up with the data directory");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String randomText() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
