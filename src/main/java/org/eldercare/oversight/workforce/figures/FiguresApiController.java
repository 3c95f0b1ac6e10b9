package org.eldercare.oversight.workforce.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** WRK-2/WRK-5 figures for partner systems. */
@RestController
@Tag(name = "从业人员指标")
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class FiguresApiController {

    private final StaffFigures figures;

    FiguresApiController(StaffFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/workforce/figures")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    @Operation(summary = "区划（默认本辖区）及其下级区划的在职人员指标：岗前培训率、养老护理员持证率、人均年度培训学时、每百张床位社会工作者、"
            + "乡镇敬老院每百名入住老人管理人员，以及适用的目标值（就近继承上级设定）")
    StaffFigures.Report region(@RequestParam(required = false) String region) {
        return figures.region(region);
    }

    @GetMapping("/api/v1/workforce/figures/institutions")
    @Operation(summary = "区划内各机构的在职人员指标，按游标翻页（cursor、size 1–200，默认50）")
    ListPage<StaffFigures.Figures> institutions(@RequestParam(required = false) String region,
                                                @RequestParam(required = false) String cursor,
                                                @RequestParam(required = false) Integer size) {
        return figures.institutions(region, PageCursor.of(cursor, size, 50));
    }
}
