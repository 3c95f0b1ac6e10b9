package org.eldercare.oversight.disclosure.site;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST API of a service site's own publication (DIS-1). */
@RestController
@Tag(name = "信息公开")
class SitePublicationApiController {

    private final SitePublications publications;

    SitePublicationApiController(SitePublications publications) {
        this.publications = publications;
    }

    @GetMapping("/api/v1/disclosure/sites/{institutionId}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    @Operation(summary = "服务场所自行公示的信息（服务项目、管理制度、投诉电话、收费项目和标准）：本机构账号或辖区民政监管员可查看")
    SitePublication get(@PathVariable long institutionId) {
        return publications.view(institutionId);
    }

    @PutMapping("/api/v1/disclosure/sites/{institutionId}")
    @PreAuthorize("hasRole('INSTITUTION')")
    @Operation(summary = "机构更新本服务场所的公示信息（整体替换收费项目），公示日期为当天；version 与当前不符返回409")
    SitePublication put(@PathVariable long institutionId, @RequestBody(required = false) SitePublication.Input body) {
        return publications.publish(institutionId, body == null ? new SitePublication.Input(null, null, null, null, null) : body);
    }
}
