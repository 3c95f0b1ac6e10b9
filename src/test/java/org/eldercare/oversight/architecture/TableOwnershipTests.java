package org.eldercare.oversight.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries that {@code ApplicationModules.verify()} cannot see: SQL. A module reads and writes only the tables
 * its own migrations create ({@code V<n>__<module>_<what>.sql}); the one exception is {@code region}, shared reference
 * data that read models may join (ADR 0009).
 */
class TableOwnershipTests {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/eldercare/oversight");
    /** Migrations written before the owner-prefix convention, or owned by a framework. */
    private static final Map<String, String> LEGACY_OWNERS = Map.of("V5", "spring-modulith", "V7", "identity");
    private static final Pattern CREATE = Pattern.compile("create table (?:if not exists )?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USE = Pattern.compile("\\b(?:from|join|into|update)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String version = name.substring(0, name.indexOf("__"));
                String module = LEGACY_OWNERS.getOrDefault(version, name.substring(name.indexOf("__") + 2).split("[_.]")[0]);
                Matcher m = CREATE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    owners.put(m.group(1).toLowerCase(), module);
                }
            }
        }
        return owners;
    }

    @Test
    @DisplayName("Every table is created by a migration that names its owning module")
    void everyTableHasAnOwningModule() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).containsEntry("institution", "registry").containsEntry("todo_item", "todo")
                .containsEntry("region", "region").containsEntry("user_account", "identity");
        List<String> modules;
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            modules = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
        }
        assertThat(owners.values()).allMatch(m -> modules.contains(m) || m.equals("spring-modulith"));
    }

    @Test
    @DisplayName("No module's SQL touches another module's table, except the shared region reference data")
    void modulesUseOnlyTheirOwnTables() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(f).getName(0).toString();
                Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String owner = owners.get(m.group(1).toLowerCase());
                    if (owner != null && !owner.equals(module) && !m.group(1).equalsIgnoreCase("region")) {
                        violations.add(SOURCES.relativize(f) + " uses " + m.group(1) + " of " + owner);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
