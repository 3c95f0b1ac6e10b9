package org.eldercare.oversight.registry.unlicensed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REG-5 无证机构台账 for partner systems and scripts: the same list as the page, in keyset pages. */
@RestController
@Tag(name = "无证机构台账")
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP')")
class UnlicensedSitesApiController {

    private final SiteList list;

    UnlicensedSitesApiController(SiteList list) {
        this.list = list;
    }

    @GetMapping("/api/v1/unlicensed-sites")
    @Operation(summary = "本辖区无证机构台账：按状态、名称或地址（包含，%和_按字面匹配）筛选，最新登记在前；"
            + "按游标翻页（cursor取上次返回的nextCursor，size每页1–200条，默认50），total超过10000条时为10000且totalCapped为true")
    ListPage<UnlicensedSites.Site> sites(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                                         @RequestParam(required = false) String cursor,
                                         @RequestParam(required = false) Integer size) {
        return list.page(new SiteList.Criteria(status, q), PageCursor.of(cursor, size, 50));
    }
}
