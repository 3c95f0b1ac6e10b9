package org.eldercare.oversight.inspection.spotcheck;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 双随机 plans and draws for officials (INS-2/INS-3): supervisors plan and draw; supervisors, inspectors and departments read and verify. */
@RestController
@Tag(name = "双随机抽查")
class SpotCheckApiController {

    private final SpotCheckPlans plans;
    private final SpotCheckDraws draws;

    SpotCheckApiController(SpotCheckPlans plans, SpotCheckDraws draws) {
        this.plans = plans;
        this.draws = draws;
    }

    @PostMapping("/api/v1/spot-checks/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "新建抽查计划：范围、抽查事项、比例（ratioPercent）或数量（count）、时间、部门（多个即联合抽查）、风险权重（投诉2、重大隐患3、失信3、严重违法3，可改）")
    PlanView create(@RequestBody PlanInput body) {
        return PlanView.of(plans.create(body));
    }

    @GetMapping("/api/v1/spot-checks/plans")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','DEPARTMENT')")
    @Operation(summary = "本辖区的抽查计划，最新在前；按游标翻页（cursor、size 1–200，默认50）")
    ListPage<SpotCheckPlans.Row> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        return plans.page(PageCursor.of(cursor, size, 50));
    }

    @GetMapping("/api/v1/spot-checks/plans/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','DEPARTMENT')")
    @Operation(summary = "抽查计划（含存于计划上的风险权重）")
    PlanView plan(@PathVariable long id) {
        return PlanView.of(plans.load(id));
    }

    @PostMapping("/api/v1/spot-checks/plans/{id}/draw")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "抽取（每个计划一次）：对象库与检查人员库快照、安全随机种子、算法 weighted-reservoir-v1，保存种子、名录哈希与结果")
    DrawView draw(@PathVariable long id) {
        return draws.draw(id);
    }

    @GetMapping("/api/v1/spot-checks/plans/{id}/draw")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','DEPARTMENT')")
    @Operation(summary = "抽取结果：种子、名录哈希、算法版本、抽中的服务场所（检查任务、结果）与检查人员分配")
    DrawView drawn(@PathVariable long id) {
        return draws.view(id);
    }

    @PostMapping("/api/v1/spot-checks/plans/{id}/draw/verify")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','DEPARTMENT')")
    @Operation(summary = "复核抽取：以存档快照和当前名录分别按种子重新抽取并比对；名录已变化则哈希不同，复核不通过")
    VerifyView verify(@PathVariable long id) {
        return draws.verify(id);
    }
}
