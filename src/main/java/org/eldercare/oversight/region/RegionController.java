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
    @Operation(summary = "区划及其下级；超出本人管辖范围返回404")
    RegionView get(@PathVariable String code) {
        RegionService.RegionNode node = regions.nodeInScope(code);
        return new RegionView(node.region().code(), node.region().name(), node.region().level(), node.region().parentCode(),
                node.children().stream().map(c -> new RegionView(c.code(), c.name(), c.level(), c.parentCode(), null)).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RegionView(String code, String name, int level, String parentCode, List<RegionView> children) {
    }
}
