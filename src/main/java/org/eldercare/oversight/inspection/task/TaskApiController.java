package org.eldercare.oversight.inspection.task;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.inspection.inspector.Inspectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** INS-1/INS-6 inspection tasks for partner systems: list, open, assign inspectors, cancel. */
@RestController
@Tag(name = "检查任务")
class TaskApiController {

    private final Tasks tasks;
    private final TaskQueries queries;
    private final Inspectors inspectors;

    TaskApiController(Tasks tasks, TaskQueries queries, Inspectors inspectors) {
        this.tasks = tasks;
        this.queries = queries;
        this.inspectors = inspectors;
    }

    record InspectorsBody(List<Long> inspectorIds) {
    }

    record CancelBody(String reason) {
    }

    @GetMapping("/api/v1/inspections")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP','INSTITUTION')")
    @Operation(summary = "本辖区检查任务，可按状态（state）和到期日（dueBy，含）筛选，最新在前，按游标翻页；机构用户只见已到告知日的本机构检查和已完成的结果")
    ListPage<TaskQueries.Row> list(@RequestParam(required = false) String state, @RequestParam(required = false) LocalDate dueBy,
                                   @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        return queries.page(state, dueBy, PageCursor.of(cursor, size, 50));
    }

    @PostMapping("/api/v1/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "新建检查任务（kind：FILING_VERIFICATION、ROUTINE、RANDOM、CAMPAIGN、JOINT、COMPLAINT、PATROL）；日常、专项等须填计划检查日，"
            + "提前告知日按工作日自动计算；指派的检查人员至少两名、执法证有效且无回避情形")
    TaskView open(@RequestBody Tasks.NewTask body) {
        return view(tasks.open(body));
    }

    @GetMapping("/api/v1/inspections/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR','TOWNSHIP','INSTITUTION')")
    @Operation(summary = "检查任务详情：检查对象、类别、期限、告知日、检查人员和每一步流转（何人、何时、何因）")
    TaskView get(@PathVariable long id) {
        return view(tasks.load(id));
    }

    @PostMapping("/api/v1/inspections/{id}/inspectors")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "指派检查人员（待检查时）：至少两名，执法证有效，本人所在乡镇或已申报回避的机构不得指派")
    TaskView assign(@PathVariable long id, @RequestBody InspectorsBody body) {
        return view(tasks.assign(id, body.inspectorIds()));
    }

    @PostMapping("/api/v1/inspections/{id}/cancel")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "取消检查任务（须填写原因）；已完成的任务不能取消")
    TaskView cancel(@PathVariable long id, @RequestBody CancelBody body) {
        return view(tasks.cancel(id, body.reason()));
    }

    private TaskView view(InspectionTask t) {
        return TaskView.of(t, inspectors.findAll(t.inspectorIds()));
    }
}
