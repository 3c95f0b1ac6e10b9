package org.eldercare.oversight.workbench;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eldercare.oversight.registry.RegistryFigures.Overview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** #9 item 16: the overview's figures for programs, for 民政监管员, of their region (or of a region within it) by the next level. */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "工作台")
class OverviewApiController {

    private final Overviews overviews;

    OverviewApiController(Overviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/api/v1/overview")
    @Operation(summary = "辖区概况：按下一级区划统计的机构备案状态、机构类型、备案率、床位与护理型床位占比（对照目标）、"
            + "逾期备案、逾期未备案、待核查线索、逾期现场检查待办；region 缺省为本人辖区")
    Overview overview(@RequestParam(required = false) String region) {
        return overviews.of(region);
    }
}
