package org.eldercare.oversight.disclosure.bureau;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the bureau's publications (DIS-2), for supervisors within their region. */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "信息公开")
class PublicationApiController {

    private final Publications publications;

    PublicationApiController(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/api/v1/disclosure/publications")
    @Operation(summary = "辖区内民政部门发布的政策文件、扶持措施和办事指南（含发布期限与按期/逾期），按发布倒序分页")
    ListPage<Publication> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        return publications.inScope(PageCursor.of(cursor, size, 20));
    }

    @PostMapping("/api/v1/disclosure/publications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布一项政策文件、扶持措施或办事指南；发布期限按形成或变更日期起的工作日计算（区划设置，默认10个工作日）")
    Publication publish(@RequestBody(required = false) Publications.Input body) {
        return publications.publish(body == null ? new Publications.Input(null, null, null, null, null, null, null, null, null)
                : body, null);
    }

    @DeleteMapping("/api/v1/disclosure/publications/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤回辖区内的一项公开信息")
    void withdraw(@PathVariable long id) {
        publications.withdraw(id);
    }
}
