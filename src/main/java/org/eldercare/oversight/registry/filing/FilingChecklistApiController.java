package org.eldercare.oversight.registry.filing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the regional filing-material checklists (REG-11; 民政监管员, for the regions within their scope). */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "机构名录与备案")
class FilingChecklistApiController {

    private final FilingChecklists checklists;

    FilingChecklistApiController(FilingChecklists checklists) {
        this.checklists = checklists;
    }

    record ChecklistBody(List<FilingChecklists.RuleInput> rules) {
    }

    @GetMapping("/api/v1/filing-checklists/{regionCode}")
    @Operation(summary = "区划适用的备案材料清单（未单独设置的沿用最近上级区划的清单，sourceCode 为清单所属区划）")
    FilingChecklist get(@PathVariable String regionCode) {
        return checklists.view(regionCode);
    }

    @PutMapping("/api/v1/filing-checklists/{regionCode}")
    @Operation(summary = "设置区划自己的备案材料清单（整张清单）：每项材料的提交要求 REQUIRED 必交 / OPTIONAL 选交 / NOT_BLOCKING "
            + "缺少不影响备案，可选替代材料 substitute，可选免交条件 exemption=SMALL_CONVERSION 及建筑面积上限 exemptionMaxArea（㎡）")
    FilingChecklist set(@PathVariable String regionCode, @RequestBody(required = false) ChecklistBody body) {
        return checklists.set(regionCode, body == null ? null : body.rules());
    }

    @DeleteMapping("/api/v1/filing-checklists/{regionCode}")
    @Operation(summary = "恢复继承：取消区划自己的备案材料清单，沿用最近上级区划的清单；全国默认清单不能取消")
    FilingChecklist clear(@PathVariable String regionCode) {
        return checklists.clear(regionCode);
    }
}
