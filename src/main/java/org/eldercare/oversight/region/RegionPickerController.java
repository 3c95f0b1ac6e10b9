package org.eldercare.oversight.region;

import org.eldercare.oversight.common.PlatformException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Renders a {@link RegionPicker} again after a choice in one of its selects (htmx): {@code code} is the chosen child, or
 * blank to stop at {@code parent}. Within the caller's region; the public variant covers the whole country down to
 * counties for the public commitment list.
 */
@Controller
class RegionPickerController {

    private final RegionService regions;

    RegionPickerController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/regions/picker")
    String picker(@RequestParam(required = false) String field, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String parent, @RequestParam(required = false) String code, Model model) {
        RegionPicker.Kind k = kind(kind);
        if (k.isPublic()) {
            throw PlatformException.badRequest("region.picker.kind");
        }
        return render(field, k, parent, code, model);
    }

    @GetMapping("/public/regions/picker")
    String publicPicker(@RequestParam(required = false) String field, @RequestParam(required = false) String parent,
                        @RequestParam(required = false) String code, Model model) {
        return render(field, RegionPicker.Kind.PUBLIC_FILTER, parent, code, model);
    }

    private String render(String field, RegionPicker.Kind kind, String parent, String code, Model model) {
        String chosen = code == null || code.isBlank() ? parent : code.strip();
        model.addAttribute("picker", regions.picker(field == null ? "region" : field, kind, chosen));
        return "region/picker :: picker";
    }

    private static RegionPicker.Kind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return RegionPicker.Kind.FILTER;
        }
        try {
            return RegionPicker.Kind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw PlatformException.badRequest("region.picker.kind");
        }
    }
}
