package org.eldercare.oversight.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.eldercare.oversight.region.DivisionFiles.Division;

/**
 * Where each division of a list sits in the tree: its level from its parent (in the list or already stored), whatever the
 * order of the rows. A stored division keeps its parent (a list cannot move it) and gets the list's name; a new one needs
 * a parent that exists and is not retired, a 6-digit code down to county level and a 12-digit code starting with its
 * county's (or, for the three prefectures without counties, its prefecture's) code; the caller's scope must contain what
 * the list adds or renames. Pure: the stored divisions come in as a map.
 */
final class DivisionPlacement {

    /** A division with its level, ready to be written. */
    record Placed(String code, String name, String parentCode, int level) {
    }

    record Result(List<Placed> placed, List<String> errors) {
    }

    private final Map<String, Division> listed = new LinkedHashMap<>();
    private final Map<String, Region> stored;
    private final Predicate<String> inScope;
    private final Map<String, Integer> levels = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private DivisionPlacement(List<Division> divisions, Map<String, Region> stored, Predicate<String> inScope) {
        divisions.forEach(d -> listed.put(d.code(), d));
        this.stored = stored;
        this.inScope = inScope;
    }

    /** Places {@code divisions} among the {@code stored} ones (at least every code and parent code the list names). */
    static Result place(List<Division> divisions, Map<String, Region> stored, Predicate<String> inScope) {
        return new DivisionPlacement(divisions, stored, inScope).placeAll();
    }

    private Result placeAll() {
        List<Placed> placed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Division d : listed.values()) {
            String error = error(d);
            if (error != null) {
                errors.add(d.where() + "：" + error);
            } else {
                placed.add(new Placed(d.code(), d.name(), d.parentCode(), level(d.code())));
            }
        }
        return new Result(placed, errors);
    }

    /** What is wrong with where the division would sit; null when nothing. */
    private String error(Division d) {
        Region existing = stored.get(d.code());
        if (existing != null) {
            if (!d.parentCode().equals(existing.parentCode())) {
                return "区划代码" + d.code() + "现属于上级区划" + existing.parentCode() + "，不能改为" + d.parentCode();
            }
            return inScope.test(d.code()) ? null : "区划" + d.code() + "不在您的管辖范围内";
        }
        Integer parentLevel = level(d.parentCode());
        if (parentLevel == null) {
            return "上级区划代码“" + d.parentCode() + "”不存在";
        }
        if (parentLevel >= Region.TOWNSHIP) {
            return "乡镇（街道）之下不能再设区划";
        }
        if (d.code().length() == 12 && (parentLevel < 2 || !d.code().startsWith(d.parentCode().substring(0, 6)))) {
            return "乡镇（街道）代码须为12位，且前6位与所属县级代码一致";
        }
        if (d.code().length() == 6 && parentLevel + 1 >= Region.TOWNSHIP) {
            return "县级及以上区划代码须为6位";
        }
        Region parent = stored.get(d.parentCode());
        if (parent != null && parent.retired() && !listed.containsKey(parent.code())) {
            return "上级区划" + parent.code() + "（" + parent.name() + "）已撤销";
        }
        if (parent != null && !inScope.test(parent.code())) {
            return "上级区划" + parent.code() + "不在您的管辖范围内";
        }
        return null;
    }

    /** The level the code has or would have; null when it cannot be placed (no parent, or parents in a cycle). */
    private Integer level(String code) {
        Region existing = stored.get(code);
        if (existing != null) {
            return existing.level();
        }
        Division d = listed.get(code);
        if (d == null || !visiting.add(code)) {
            return null;
        }
        try {
            if (!levels.containsKey(code)) {
                Integer parentLevel = level(d.parentCode());
                levels.put(code, parentLevel == null ? null : code.length() == 12 ? Region.TOWNSHIP : parentLevel + 1);
            }
            return levels.get(code);
        } finally {
            visiting.remove(code);
        }
    }
}
