package org.eldercare.oversight.complaint.handling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.identity.PlatformUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The officers' complaint API (CMP-1): list, read, register and every handling step. */
@RestController
@Tag(name = "投诉办理")
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','DEPARTMENT')")
class ComplaintApiController {

    private final ComplaintList list;
    private final ComplaintService service;
    private final ComplaintIntake intake;

    ComplaintApiController(ComplaintList list, ComplaintService service, ComplaintIntake intake) {
        this.list = list;
        this.service = service;
        this.intake = intake;
    }

    /** What an officer registers (channel HOTLINE, MAILBOX, TRANSFER_12345 or WALK_IN). */
    record NewComplaint(String channel, String category, Long institutionId, String address, String regionCode, String summary,
                        String content, boolean anonymous, String name, String phone, String workOrderNo) {
    }

    /** A step's input: reason, answer text, days, upheld, visit note and satisfaction, as the step needs. */
    record Step(String reason, String answer, Integer days, Boolean upheld, String visitNote, String satisfaction) {
    }

    @GetMapping("/api/v1/complaints")
    @Operation(summary = "本辖区投诉列表（按键分页，可按状态筛选）")
    ListPage<ComplaintList.Row> list(@RequestParam(required = false) String state, @RequestParam(required = false) String cursor,
                                     @RequestParam(required = false) Integer size) {
        return list.page(state, PageCursor.of(cursor, size, 50));
    }

    @GetMapping("/api/v1/complaints/{id}")
    @Operation(summary = "投诉详情（联系方式脱敏）")
    ComplaintView get(@PathVariable long id) {
        return ComplaintView.of(service.load(id));
    }

    @PostMapping("/api/v1/complaints")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记投诉（热线、信箱、12345转办、来访）")
    ComplaintIntake.Registration create(@RequestBody NewComplaint n) {
        Channel channel = Labelled.parse(Channel.class, n.channel(), "投诉渠道");
        return intake.register(new ComplaintIntake.Submission(channel, Labelled.parse(Category.class, n.category(), "投诉类别"),
                n.institutionId(), n.address(), n.regionCode(), n.summary(), n.content(), n.anonymous(), n.name(), n.phone(),
                n.workOrderNo()), PlatformUser.current().username());
    }

    @PostMapping("/api/v1/complaints/{id}/accept")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "受理（告知投诉人，即为反馈）")
    ComplaintView accept(@PathVariable long id) {
        return ComplaintView.of(service.accept(id));
    }

    @PostMapping("/api/v1/complaints/{id}/refuse")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "不予受理（reason）")
    ComplaintView refuse(@PathVariable long id, @RequestBody(required = false) Step s) {
        return ComplaintView.of(service.refuse(id, or(s).reason()));
    }

    @PostMapping("/api/v1/complaints/{id}/start")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "开始办理")
    ComplaintView start(@PathVariable long id) {
        return ComplaintView.of(service.start(id));
    }

    @PostMapping("/api/v1/complaints/{id}/extend")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "延期（days ≤ 设定上限，reason；限一次）")
    ComplaintView extend(@PathVariable long id, @RequestBody(required = false) Step s) {
        return ComplaintView.of(service.extend(id, or(s).days() == null ? 0 : s.days(), or(s).reason()));
    }

    @PostMapping("/api/v1/complaints/{id}/answer")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "答复（answer；upheld：投诉属实）")
    ComplaintView answer(@PathVariable long id, @RequestBody(required = false) Step s) {
        return ComplaintView.of(service.answer(id, or(s).answer(), Boolean.TRUE.equals(or(s).upheld())));
    }

    @PostMapping("/api/v1/complaints/{id}/conclude")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "回访并办结（satisfaction：SATISFIED / BASICALLY_SATISFIED / DISSATISFIED / UNREACHABLE；visitNote）")
    ComplaintView conclude(@PathVariable long id, @RequestBody(required = false) Step s) {
        return ComplaintView.of(service.conclude(id, or(s).visitNote(),
                Labelled.parse(Satisfaction.class, or(s).satisfaction(), "满意度")));
    }

    @PostMapping("/api/v1/complaints/{id}/review")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "登记复查（复核）申请")
    ComplaintView review(@PathVariable long id) {
        return ComplaintView.of(service.requestReview(id));
    }

    @PostMapping("/api/v1/complaints/{id}/review-answer")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "答复复查（复核）申请（answer）")
    ComplaintView reviewAnswer(@PathVariable long id, @RequestBody(required = false) Step s) {
        return ComplaintView.of(service.answerReview(id, or(s).answer()));
    }

    @PostMapping("/api/v1/complaints/{id}/object")
    @PreAuthorize("hasRole('DEPARTMENT')")
    @Operation(summary = "部门异议：非本部门职责，退回民政部门（reason；转办之日起5个工作日内）")
    ComplaintView object(@PathVariable long id, @RequestBody(required = false) Step s) {
        return ComplaintView.of(service.object(id, or(s).reason()));
    }

    private static Step or(Step s) {
        return s == null ? new Step(null, null, null, null, null, null) : s;
    }
}
