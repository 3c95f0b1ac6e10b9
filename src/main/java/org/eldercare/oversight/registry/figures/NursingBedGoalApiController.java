package org.eldercare.oversight.registry.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the 护理型床位占比目标 (民政监管员, for the regions within their scope). */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "机构名录与备案")
class NursingBedGoalApiController {

    private final NursingBedGoals goals;

    NursingBedGoalApiController(NursingBedGoals goals) {
        this.goals = goals;
    }

    record GoalBody(Integer percent) {
    }

    @GetMapping("/api/v1/nursing-bed-goals")
    @Operation(summary = "本辖区（或指定下级区划）及其下一级区划的护理型床位占比目标（百分比），未单独设置的继承最近上级的目标")
    List<NursingBedGoals.Goal> list(@RequestParam(required = false) String region) {
        return goals.list(region);
    }

    @PutMapping("/api/v1/nursing-bed-goals/{regionCode}")
    @Operation(summary = "设置区划的护理型床位占比目标（1–100的整数百分比）")
    NursingBedGoals.Goal set(@PathVariable String regionCode, @RequestBody(required = false) GoalBody body) {
        return goals.set(regionCode, body == null ? null : body.percent());
    }

    @DeleteMapping("/api/v1/nursing-bed-goals/{regionCode}")
    @Operation(summary = "取消区划自行设置的目标，恢复继承最近上级的目标；全国预设目标不能取消")
    NursingBedGoals.Goal clear(@PathVariable String regionCode) {
        return goals.clear(regionCode);
    }
}
