package org.eldercare.oversight.region;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.eldercare.oversight.region.DivisionFiles.Division;
import org.eldercare.oversight.region.DivisionFiles.Source;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's import of divisions (行政区划 → 导入): new codes are added, stored ones take the list's name,
 * retired ones that are listed again are restored. A complete national list (the four files as bundled, or one
 * {@code code,name,parent} file, marked complete; only an administrator of the whole country) also retires every division
 * it lacks; it never deletes one. Every row is checked first: a list with any bad row changes nothing.
 */
@Component
class RegionImport {

    /** At most this many errors are listed; the rest are counted. */
    static final int ERRORS_SHOWN = 100;
    private final RegionRepository repository;
    private final DataScope scope;
    private final DataSource dataSource;
    private final Clock clock;

    RegionImport(RegionRepository repository, DataScope scope, DataSource dataSource, Clock clock) {
        this.repository = repository;
        this.scope = scope;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Transactional
    public RegionService.ImportResult importLists(List<Source> sources, boolean complete) {
        DivisionFiles.Read read = DivisionFiles.read(sources);
        List<String> errors = new ArrayList<>(read.errors());
        if (read.divisions().isEmpty() && errors.isEmpty()) {
            errors.add("文件中没有可导入的数据行");
        }
        if (complete) {
            errors.addAll(completeListErrors(read.divisions()));
        }
        Set<String> codes = new HashSet<>();
        read.divisions().forEach(d -> {
            codes.add(d.code());
            codes.add(d.parentCode());
        });
        DivisionPlacement.Result placed = DivisionPlacement.place(read.divisions(), repository.findAll(codes), scope::contains);
        errors.addAll(placed.errors());
        if (!errors.isEmpty()) {
            return RegionService.ImportResult.refused(shown(errors));
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            Instant now = Instant.now(clock);
            DivisionWriter.Counts counts = DivisionWriter.write(c, placed.placed(), complete ? now : null, false);
            return new RegionService.ImportResult(counts.added(), counts.renamed(), counts.restored(), counts.retired(), List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("writing the division list failed", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** A complete list replaces the national one: only for the whole country, and it must reach down to the townships. */
    private List<String> completeListErrors(List<Division> divisions) {
        List<String> errors = new ArrayList<>();
        boolean national = scope.currentRegion().map(r -> Region.COUNTRY.equals(r.code())).orElse(false);
        if (!national) {
            errors.add("只有数据范围为全国的系统管理员可以导入完整区划表");
        }
        boolean provinces = divisions.stream().anyMatch(d -> Region.COUNTRY.equals(d.parentCode()));
        boolean townships = divisions.stream().anyMatch(d -> d.code().length() == 12);
        if (!provinces || !townships) {
            errors.add("完整区划表须包含从省级到乡镇（街道）级的全部区划");
        }
        Set<String> listed = new HashSet<>();
        divisions.forEach(d -> listed.add(d.code()));
        divisions.stream().filter(d -> !Region.COUNTRY.equals(d.parentCode()) && !listed.contains(d.parentCode()))
                .forEach(d -> errors.add(d.where() + "：完整区划表中缺少上级区划" + d.parentCode()));
        return errors;
    }

    private static List<String> shown(List<String> errors) {
        if (errors.size() <= ERRORS_SHOWN) {
            return errors;
        }
        List<String> shown = new ArrayList<>(errors.subList(0, ERRORS_SHOWN));
        shown.add("……另有" + (errors.size() - ERRORS_SHOWN) + "处错误未列出");
        return shown;
    }
}
