package org.eldercare.oversight.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eldercare.oversight.region.DivisionFiles.Source;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway V26: the national division list bundled in {@code regions/2023/} (31 provinces, 342 prefectures, 2,978 counties,
 * 41,352 townships; see its README) is loaded on a fresh install, in one transaction under Flyway's lock, so several nodes
 * starting at once load it once. The divisions V1 seeded keep their codes and take the list's names; of the divisions
 * the list lacks only the platform's own mistakes are retired ({@link #PLATFORM_MADE_OBSOLETE}): divisions an installation
 * added itself stay as they are. A Spring bean: Spring Boot hands every {@link JavaMigration}
 * bean to Flyway. The bundled files never change; a newer list ships in a folder and a migration of its own.
 */
@Component
class NationalDivisionsMigration implements JavaMigration {

    static final String FOLDER = "regions/2023/";
    static final List<String> FILES = List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv");
    /**
     * Codes the platform itself created that do not exist: V1 seeded 崇川区 under its code from before the 2020 merger
     * (320602, now 320613), and the demo data of earlier versions made 鹿城镇 532301100000 (it is 532301101000). Retired,
     * so they are no longer offered; the records of an older installation that point at them keep working.
     */
    static final List<String> PLATFORM_MADE_OBSOLETE = List.of("320602", "532301100000");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("26");
    }

    @Override
    public String getDescription() {
        return "region national divisions 2023";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        DivisionFiles.Read read = DivisionFiles.read(bundled());
        Region country = new Region(Region.COUNTRY, "全国", 0, null, "/" + Region.COUNTRY + "/", false);
        DivisionPlacement.Result placed = DivisionPlacement.place(read.divisions(), Map.of(Region.COUNTRY, country), code -> true);
        if (!read.errors().isEmpty() || !placed.errors().isEmpty()) {
            throw new IllegalStateException("bundled division list is inconsistent: " + read.errors() + placed.errors());
        }
        DivisionWriter.write(context.getConnection(), placed.placed(), null, true);
        try (var ps = context.getConnection().prepareStatement(
                "update region set retired_at = now() where retired_at is null and code = any(?)")) {
            ps.setArray(1, context.getConnection().createArrayOf("varchar", PLATFORM_MADE_OBSOLETE.toArray()));
            ps.executeUpdate();
        }
    }

    /** The bundled files, in the order provinces, prefectures, counties, townships. */
    static List<Source> bundled() {
        List<Source> sources = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
                sources.add(new Source(file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("bundled division list " + file + " missing", e);
            }
        }
        return sources;
    }
}
