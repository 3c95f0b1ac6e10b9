package org.eldercare.oversight.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "行政区划")
class RegionController {

    private final RegionService regions;

    RegionController(RegionService regions) {
        this.regions = regions;
    }

    @GetMapping("/{code}")
    @Operation(summary = "区划及其下级（含已撤销的区划，标 retired）；超出本人管辖范围返回404")
    RegionView get(@PathVariable String code) {
        RegionService.RegionNode node = regions.nodeInScope(code);
        return view(node.region(), node.children().stream().map(c -> view(c, null)).toList());
    }

    private static RegionView view(Region r, List<RegionView> children) {
        return new RegionView(r.code(), r.name(), r.level(), r.parentCode(), r.retired() ? Boolean.TRUE : null, children);
    }

    /** {@code retired} (已撤销) appears only on a retired division. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegionView(String code, String name, int level, String parentCode, Boolean retired, List<RegionView> children) {
    }
}
