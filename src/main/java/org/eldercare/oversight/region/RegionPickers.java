package org.eldercare.oversight.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds {@link RegionPicker}s: the chain from the root to the chosen region, each level's children (a query per level). */
@Component
class RegionPickers {

    private final RegionRepository repository;

    RegionPickers(RegionRepository repository) {
        this.repository = repository;
    }

    /** The picker below {@code root} with {@code chosen} selected; a code that is unknown or outside the root selects nothing. */
    RegionPicker build(Region root, String field, RegionPicker.Kind kind, String chosen) {
        List<Region> chain = chain(root, chosen);
        Region selected = chain.get(chain.size() - 1);
        List<RegionPicker.Step> steps = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            Region parent = chain.get(i);
            Region next = i + 1 < chain.size() ? chain.get(i + 1) : null;
            if (parent.level() >= kind.maxLevel) {
                break;
            }
            List<RegionPicker.Option> options = repository.children(parent.code()).stream()
                    .filter(r -> r.level() <= kind.maxLevel && (!r.retired() || next != null && r.code().equals(next.code())))
                    .map(r -> new RegionPicker.Option(r.code(), r.label())).toList();
            if (options.isEmpty()) {
                break;
            }
            steps.add(new RegionPicker.Step(parent.code(), "选择" + parent.name() + "的下级区划", options,
                    next == null ? "" : next.code(), vals(field, kind, parent.code())));
        }
        return new RegionPicker(field, kind, value(kind, root, selected), root, steps);
    }

    /** The regions from the root down to the chosen one (just the root when nothing valid is chosen). */
    private List<Region> chain(Region root, String chosen) {
        if (chosen == null || !chosen.matches("\\d{6}|\\d{12}") || chosen.equals(root.code())) {
            return List.of(root);
        }
        Region target = repository.find(chosen).orElse(null);
        if (target == null || !root.isAncestorOrSelfOf(target)) {
            return List.of(root);
        }
        List<String> codes = Arrays.stream(target.path().substring(root.path().length()).split("/")).filter(s -> !s.isEmpty()).toList();
        Map<String, Region> found = repository.findAll(codes);
        List<Region> chain = new ArrayList<>(List.of(root));
        codes.stream().map(found::get).forEach(chain::add);
        return chain;
    }

    private static String value(RegionPicker.Kind kind, Region root, Region selected) {
        if (kind == RegionPicker.Kind.TOWNSHIP) {
            return selected.level() == Region.TOWNSHIP ? selected.code() : "";
        }
        return selected == root && !kind.rootIsValue ? "" : selected.code();
    }

    /** The parameters a choice in one select sends besides its own value ({@code code}); field is a checked identifier. */
    private static String vals(String field, RegionPicker.Kind kind, String parent) {
        return "{\"field\":\"" + field + "\",\"kind\":\"" + kind.name() + "\",\"parent\":\"" + parent + "\"}";
    }
}
