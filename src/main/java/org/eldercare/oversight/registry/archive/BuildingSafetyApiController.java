package org.eldercare.oversight.registry.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REG-9 自建房/房屋安全鉴定 and HAZ-7 消防安全标准化 figures per child region. */
@RestController
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
@Tag(name = "机构名录与备案")
class BuildingSafetyApiController {

    private final BuildingSafetyFigures figures;

    BuildingSafetyApiController(BuildingSafetyFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/registry/building-safety")
    @Operation(summary = "房屋与消防安全统计：按下级区划统计机构数、自建房、已鉴定、鉴定C/D级（重大隐患候选）、消防安全标准化达标（含标杆）"
            + "数及达标率（%，达标或标杆/机构数，不含已终止机构）；region缺省为本级，超出辖区返回404")
    BuildingSafetyFigures.Report figures(@RequestParam(required = false) String region) {
        return figures.of(region);
    }
}
