package org.eldercare.oversight.inspection.inspector;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.common.PlatformException;
import org.eldercare.oversight.inspection.catalogue.Department;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** INS-1 执法检查人员名录 for partner systems: list, add, change, declare a conflict (回避). */
@RestController
@Tag(name = "执法检查人员名录")
class InspectorApiController {

    private final Inspectors inspectors;
    private final Clock clock;

    InspectorApiController(Inspectors inspectors, Clock clock) {
        this.inspectors = inspectors;
        this.clock = clock;
    }

    /** An inspector as entered; {@code department}: a department code such as CIVIL_AFFAIRS, FIRE_RESCUE. */
    record Body(String name, String department, String regionCode, String homeTownshipCode, String credentialNo,
                LocalDate credentialValidUntil, Boolean active) {

        Inspector.Input input() {
            return new Inspector.Input(name, Labelled.parse(Department.class, department, "所属部门"), regionCode, homeTownshipCode,
                    credentialNo, credentialValidUntil, active);
        }
    }

    record ConflictBody(Long institutionId, String reason) {
    }

    @GetMapping("/api/v1/inspectors")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "本辖区执法检查人员名录，最新在前，按游标翻页（cursor、size 1–200，默认50）")
    ListPage<InspectorView> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        ListPage<Inspector> page = inspectors.page(PageCursor.of(cursor, size, 50));
        LocalDate today = today();
        return new ListPage<>(page.items().stream().map(i -> InspectorView.of(i, today)).toList(), page.nextCursor(),
                page.previousCursor(), page.total(), page.totalCapped());
    }

    @PostMapping("/api/v1/inspectors")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "录入执法检查人员：姓名、部门、所属区划、本人所在乡镇（回避）、执法证号及有效期")
    InspectorView add(@RequestBody Body body) {
        return InspectorView.of(inspectors.add(body.input()), today());
    }

    @GetMapping("/api/v1/inspectors/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSPECTOR')")
    @Operation(summary = "执法检查人员详情及其申报的回避机构")
    InspectorView get(@PathVariable long id) {
        return InspectorView.of(inspectors.load(id), today());
    }

    @PutMapping("/api/v1/inspectors/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "修改执法检查人员信息（执法证换发、调动、停用）")
    InspectorView update(@PathVariable long id, @RequestBody Body body) {
        return InspectorView.of(inspectors.update(id, body.input()), today());
    }

    @PostMapping("/api/v1/inspectors/{id}/conflicts")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "申报回避：该人员不得被指派检查该服务场所（机构ID）")
    InspectorView conflict(@PathVariable long id, @RequestBody ConflictBody body) {
        if (body.institutionId() == null) {
            throw PlatformException.badRequest("field.required", "回避机构");
        }
        return InspectorView.of(inspectors.declareConflict(id, body.institutionId(), body.reason()), today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
