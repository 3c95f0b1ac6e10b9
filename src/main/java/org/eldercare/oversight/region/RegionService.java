package org.eldercare.oversight.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eldercare.oversight.common.PlatformException;
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
        String text = org.eldercare.oversight.common.UploadedText.decode(content).text();
        List<String> errors = new ArrayList<>();
        Map<String, String[]> rows = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cols = line.split("[,，]", -1);
            if (i == 0 && !cols[0].strip().matches("\\d+")) {
                continue; // header row
            }
            if (cols.length != 3) {
                errors.add("第" + lineNo + "行：应为3列（区划代码,名称,上级区划代码），实际为" + cols.length + "列");
                continue;
            }
            String code = cols[0].strip();
            String name = cols[1].strip();
            String parent = cols[2].strip();
            if (!code.matches("\\d{6}|\\d{12}")) {
                errors.add("第" + lineNo + "行：区划代码“" + code + "”须为6位或12位数字");
                continue;
            }
            if (name.isEmpty() || name.length() > 100) {
                errors.add("第" + lineNo + "行：名称不能为空且不超过100字");
                continue;
            }
            if (rows.containsKey(code)) {
                errors.add("第" + lineNo + "行：区划代码" + code + "在文件中重复（第" + lineOf.get(code) + "行）");
                continue;
            }
            if (repository.find(code).isPresent()) {
                errors.add("第" + lineNo + "行：区划代码" + code + "已存在");
                continue;
            }
            rows.put(code, new String[] {code, name, parent});
            lineOf.put(code, lineNo);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add("文件中没有可导入的数据行");
        }
        // resolve parents: from the database or from earlier-resolved rows of this file, whatever their order
        Map<String, Region> resolved = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (String[] row : rows.values()) {
                if (resolved.containsKey(row[0])) {
                    continue;
                }
                Region parent = resolved.containsKey(row[2]) ? resolved.get(row[2]) : repository.find(row[2]).orElse(null);
                if (parent != null) {
                    resolved.put(row[0], new Region(row[0], row[1], parent.level() + 1, parent.code(), parent.path() + row[0] + "/"));
                    progress = true;
                }
            }
        }
        for (String[] row : rows.values()) {
            int lineNo = lineOf.get(row[0]);
            Region r = resolved.get(row[0]);
            if (r == null) {
                errors.add("第" + lineNo + "行：上级区划代码“" + row[2] + "”不存在");
            } else if (r.level() > Region.TOWNSHIP) {
                errors.add("第" + lineNo + "行：乡镇（街道）之下不能再设区划");
            } else if (r.level() == Region.TOWNSHIP && !(r.code().length() == 12 && r.code().startsWith(r.parentCode().substring(0, 6)))) {
                errors.add("第" + lineNo + "行：乡镇（街道）代码须为12位，且前6位与所属县级代码一致");
            } else if (r.level() < Region.TOWNSHIP && r.code().length() != 6) {
                errors.add("第" + lineNo + "行：县级及以上区划代码须为6位");
            } else if (!scope.contains(r.parentCode()) && !resolved.containsKey(r.parentCode())) {
                errors.add("第" + lineNo + "行：上级区划" + r.parentCode() + "不在您的管辖范围内");
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

    public record RegionNode(Region region, List<Region> children) {
    }

    public record ImportResult(int imported, List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }
}
