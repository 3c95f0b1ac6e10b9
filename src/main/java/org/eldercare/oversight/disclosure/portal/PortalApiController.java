package org.eldercare.oversight.disclosure.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.eldercare.oversight.disclosure.bureau.Publication;
import org.eldercare.oversight.disclosure.bureau.Publications;
import org.eldercare.oversight.registry.PublicDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portal as JSON (no login; rate-limited per client address; ETags): directory, a site, the bureau's publications. */
@RestController
@Tag(name = "公开信息")
class PortalApiController {

    private final Portal portal;
    private final Publications publications;

    PortalApiController(Portal portal, Publications publications) {
        this.portal = portal;
        this.publications = publications;
    }

    @GetMapping("/api/v1/public/institutions")
    @Operation(summary = "已备案养老服务场所名录（公开，无需登录）：按区划（含下级）、名称部分、类型、床位数、公建民营筛选，按键分页")
    ListPage<PublicDirectory.Listing> institutions(@RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer minBeds, @RequestParam(required = false) Integer maxBeds,
            @RequestParam(required = false) Boolean publicBuiltPrivateRun, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer size) {
        return portal.search(new PublicDirectory.Query(region, q, kind, minBeds, maxBeds, Boolean.TRUE.equals(publicBuiltPrivateRun)),
                PageCursor.of(cursor, size, 20));
    }

    @GetMapping("/api/v1/public/institutions/{id}")
    @Operation(summary = "一个已备案服务场所的公开信息：基本情况、备案与信用承诺、收费项目和标准、抽查结果等各项公开内容")
    PublicSite institution(@PathVariable long id) {
        return portal.site(id);
    }

    @GetMapping("/api/v1/public/disclosures")
    @Operation(summary = "民政部门主动公开的政策文件、扶持措施、办事指南（含本级、上级和下级），附发布期限与按期/逾期")
    ListPage<Publication> disclosures(@RequestParam(required = false) String region, @RequestParam(required = false) String category,
                                      @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        return publications.publicList(region, category, PageCursor.of(cursor, size, 20));
    }
}
