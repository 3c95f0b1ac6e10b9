package org.eldercare.oversight.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.common.UploadedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the region tree within the caller's scope and imports new divisions from CSV. */
@Service
public class RegionService {

    private final RegionRepository repository;
    private final DataScope scope;

    RegionService(RegionRepository repository, DataScope scope) {
        this.repository = repository;
        this.scope = scope;
    }

    /** The region and its direct children, or 404 when it does not exist or lies outside the caller's scope. */
    public RegionNode nodeInScope(String code) {
        scope.require(code);
        Region region = repository.find(code).orElseThrow(() -> PlatformException.notFound("region.notFound", code));
        return new RegionNode(region, repository.children(code));
    }

    /**
     * The region {@code code} (the caller's own region when null) with its direct children, for figures broken down by the
     * next level; 404 when it lies outside the caller's scope, empty for a caller without a region.
     */
    public Optional<Breakdown> breakdownInScope(String code) {
        if (code == null || code.isBlank()) {
            return scope.currentRegion().map(r -> new Breakdown(r, repository.children(r.code())));
        }
        RegionNode node = nodeInScope(code);
        return Optional.of(new Breakdown(node.region(), node.children()));
    }

    /** Any region by code, regardless of scope: for validating references (e.g. a user's region). */
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : repository.find(code);
    }

    /** The caller's region and everything below it, ordered as a tree (by path). */
    public List<Region> subtreeInScope() {
        return scope.currentRegion().map(r -> repository.subtree(r.path())).orElse(List.of());
    }

    /**
     * Imports rows {@code code,name,parent code} (UTF-8 or GBK, optional header). Every row is checked
     * first; a file with any bad row imports nothing and the result lists each error with its line number.
     */
    @Transactional
    public ImportResult importCsv(byte[] content) {
        List<String> errors = new ArrayList<>();
        Map<String, CsvRow> rows = readRows(UploadedText.decode(content).text(), errors);
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add("文件中没有可导入的数据行");
        }
        Map<String, Region> resolved = resolveParents(rows);
        for (CsvRow row : rows.values()) {
            String error = placementError(resolved.get(row.code()), row, resolved);
            if (error != null) {
                errors.add("第" + row.line() + "行：" + error);
            }
        }
        if (!errors.isEmpty()) {
            return new ImportResult(0, errors);
        }
        resolved.values().stream()
                .sorted((a, b) -> Integer.compare(a.level(), b.level()))
                .forEach(repository::insert);
        return new ImportResult(resolved.size(), List.of());
    }

    private record CsvRow(String code, String name, String parent, int line) {
    }

    /** The well-formed new rows by code, in file order; each bad line adds its reason to {@code errors}. */
    private Map<String, CsvRow> readRows(String text, List<String> errors) {
        Map<String, CsvRow> rows = new LinkedHashMap<>();
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("[,，]", -1);
            if (i == 0 && !cols[0].strip().matches("\\d+")) {
                continue; // header row
            }
            String error = rowError(cols, rows);
            if (error != null) {
                errors.add("第" + (i + 1) + "行：" + error);
                continue;
            }
            String code = cols[0].strip();
            rows.put(code, new CsvRow(code, cols[1].strip(), cols[2].strip(), i + 1));
        }
        return rows;
    }

    /** What is wrong with one line on its own (columns, code, name, duplicates); null when nothing. */
    private String rowError(String[] cols, Map<String, CsvRow> earlier) {
        if (cols.length != 3) {
            return "应为3列（区划代码,名称,上级区划代码），实际为" + cols.length + "列";
        }
        String code = cols[0].strip();
        String name = cols[1].strip();
        if (!code.matches("\\d{6}|\\d{12}")) {
            return "区划代码“" + code + "”须为6位或12位数字";
        }
        if (name.isEmpty() || name.length() > 100) {
            return "名称不能为空且不超过100字";
        }
        if (earlier.containsKey(code)) {
            return "区划代码" + code + "在文件中重复（第" + earlier.get(code).line() + "行）";
        }
        if (repository.find(code).isPresent()) {
            return "区划代码" + code + "已存在";
        }
        return null;
    }

    /** Places each row under its parent, from the database or from another row of this file, whatever their order. */
    private Map<String, Region> resolveParents(Map<String, CsvRow> rows) {
        Map<String, Region> resolved = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (CsvRow row : rows.values()) {
                if (resolved.containsKey(row.code())) {
                    continue;
                }
                Region parent = resolved.containsKey(row.parent()) ? resolved.get(row.parent())
                        : repository.find(row.parent()).orElse(null);
                if (parent != null) {
                    resolved.put(row.code(), new Region(row.code(), row.name(), parent.level() + 1, parent.code(),
                            parent.path() + row.code() + "/"));
                    progress = true;
                }
            }
        }
        return resolved;
    }

    /** What is wrong with where a row would sit in the tree; null when nothing. */
    private String placementError(Region r, CsvRow row, Map<String, Region> resolved) {
        if (r == null) {
            return "上级区划代码“" + row.parent() + "”不存在";
        }
        if (r.level() > Region.TOWNSHIP) {
            return "乡镇（街道）之下不能再设区划";
        }
        if (r.level() == Region.TOWNSHIP && !(r.code().length() == 12 && r.code().startsWith(r.parentCode().substring(0, 6)))) {
            return "乡镇（街道）代码须为12位，且前6位与所属县级代码一致";
        }
        if (r.level() < Region.TOWNSHIP && r.code().length() != 6) {
            return "县级及以上区划代码须为6位";
        }
        if (!scope.contains(r.parentCode()) && !resolved.containsKey(r.parentCode())) {
            return "上级区划" + r.parentCode() + "不在您的管辖范围内";
        }
        return null;
    }

    public record RegionNode(Region region, List<Region> children) {
    }

    public record ImportResult(int imported, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }
}
