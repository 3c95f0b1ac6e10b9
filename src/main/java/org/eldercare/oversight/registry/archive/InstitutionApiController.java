package org.eldercare.oversight.registry.archive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.calendar.Deadline;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
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

/**
 * REST API of the institution archive (REG-1, REG-3 discovery), addressed by 统一社会信用代码 — with {@code /sites/{siteNo}}
 * one service site of the entity (REG-10); by code alone when the caller sees only one site.
 */
@RestController
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT','INSTITUTION')")
@Tag(name = "机构名录与备案")
class InstitutionApiController {

    private final InstitutionService institutions;
    private final InstitutionQueries queries;
    private final InstitutionDossiers dossiers;
    private final ServiceSites sites;
    private final SiteLifeCycle lifeCycle;

    InstitutionApiController(InstitutionService institutions, InstitutionQueries queries, InstitutionDossiers dossiers,
                             ServiceSites sites, SiteLifeCycle lifeCycle) {
        this.lifeCycle = lifeCycle;
        this.institutions = institutions;
        this.queries = queries;
        this.dossiers = dossiers;
        this.sites = sites;
    }

    @PostMapping("/api/v1/institutions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "建档（民政监管员）；代码无效返回400及原因，重复返回409")
    InstitutionView create(@RequestBody InstitutionInput body) {
        return dossiers.of(institutions.create(body.uscc(), body.facts()));
    }

    @GetMapping("/api/v1/institutions")
    @Operation(summary = "本辖区机构名录：按区划、名称/代码（包含，%和_按字面匹配）、备案状态、类型、标记筛选，最新建档在前；"
            + "按游标翻页（cursor取上次返回的nextCursor，size每页1–200条，默认50），total超过10000条时为10000且totalCapped为true")
    ListPage<InstitutionQueries.Row> list(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
                                          @RequestParam(required = false) String status,
                                          @RequestParam(required = false) String kind, @RequestParam(required = false) String flag,
                                          @RequestParam(required = false) String cursor,
                                          @RequestParam(required = false) Integer size) {
        return queries.search(new InstitutionQueries.Criteria(region, q, status, kind, flag), PageCursor.of(cursor, size, 50));
    }

    @GetMapping({"/api/v1/institutions/{uscc}", "/api/v1/institutions/{uscc}/sites/{siteNo}"})
    @Operation(summary = "机构档案及备案记录")
    InstitutionView get(@PathVariable String uscc, @PathVariable(required = false) Integer siteNo) {
        return dossiers.of(idOf(uscc, siteNo));
    }

    @PutMapping({"/api/v1/institutions/{uscc}", "/api/v1/institutions/{uscc}/sites/{siteNo}"})
    @Operation(summary = "修改档案（民政监管员），留存修改前后记录")
    InstitutionView update(@PathVariable String uscc, @PathVariable(required = false) Integer siteNo, @RequestBody InstitutionInput body) {
        long id = idOf(uscc, siteNo);
        institutions.update(id, body.facts());
        return dossiers.of(id);
    }

    @PutMapping({"/api/v1/institutions/{uscc}/self-report", "/api/v1/institutions/{uscc}/sites/{siteNo}/self-report"})
    @Operation(summary = "机构自报联系人与床位、人员等信息（机构用户仅限本机构）")
    InstitutionView selfReport(@PathVariable String uscc, @PathVariable(required = false) Integer siteNo,
                               @RequestBody InstitutionFacts.SelfReported body) {
        long id = idOf(uscc, siteNo);
        institutions.updateSelfReported(id, body);
        return dossiers.of(id);
    }

    @GetMapping({"/api/v1/institutions/{uscc}/history", "/api/v1/institutions/{uscc}/sites/{siteNo}/history"})
    @Operation(summary = "档案变更记录（修改人、时间、修改前后）")
    List<InstitutionHistory.Change> history(@PathVariable String uscc, @PathVariable(required = false) Integer siteNo) {
        return institutions.history(idOf(uscc, siteNo));
    }

    record Discovery(LocalDate discoveredOn) {
    }

    /** When the REG-3 on-site inspection after a discovery is due. */
    record InspectionDue(String inspectionDue, boolean provisional) {
    }

    @PostMapping({"/api/v1/institutions/{uscc}/unfiled-discovery", "/api/v1/institutions/{uscc}/sites/{siteNo}/unfiled-discovery"})
    @Operation(summary = "登记发现未备案机构收住老人：20个工作日内现场检查并督促备案")
    InspectionDue discovery(@PathVariable String uscc, @PathVariable(required = false) Integer siteNo, @RequestBody Discovery body) {
        Deadline due = institutions.recordUnfiledDiscovery(idOf(uscc, siteNo), body.discoveredOn());
        return new InspectionDue(due.deadline().toString(), due.provisional());
    }

    @GetMapping("/api/v1/institutions/{uscc}/sites")
    @Operation(summary = "该机构（统一社会信用代码）在本辖区的服务场所，场所号1为登记住所")
    List<ServiceSites.Site> sites(@PathVariable String uscc) {
        return sites.sitesOf(uscc);
    }

    @PostMapping("/api/v1/institutions/{uscc}/sites")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新增服务场所（民政监管员）：须在登记住所同一县市内，法人信息沿用该机构")
    InstitutionView addSite(@PathVariable String uscc, @RequestBody InstitutionInput body) {
        return dossiers.of(sites.addSite(uscc, body.facts()));
    }

    record Transition(LocalDate startsOn) {
    }

    @PostMapping({"/api/v1/institutions/{uscc}/life-event", "/api/v1/institutions/{uscc}/sites/{siteNo}/life-event"})
    @Operation(summary = "撤并或转型（民政监管员）：event 为 MERGED（撤并）或 TRANSFORMED（转型为日间照料中心或农村互助养老服务站），"
            + "successor 为承继场所的“统一社会信用代码”或“代码/场所号”；本场所运营状态变为已终止")
    InstitutionView end(@PathVariable String uscc, @PathVariable(required = false) Integer siteNo,
                        @RequestBody SiteLifeCycle.Ending body) {
        long id = idOf(uscc, siteNo);
        lifeCycle.end(id, body);
        return dossiers.of(id);
    }

    @PutMapping({"/api/v1/institutions/{uscc}/transition-period", "/api/v1/institutions/{uscc}/sites/{siteNo}/transition-period"})
    @Operation(summary = "登记土地/房屋过渡期起始日期（民政监管员），5年后届满，届满前按地区设置天数提醒；startsOn 为空则取消")
    InstitutionView transition(@PathVariable String uscc, @PathVariable(required = false) Integer siteNo,
                               @RequestBody Transition body) {
        long id = idOf(uscc, siteNo);
        lifeCycle.startTransition(id, body.startsOn());
        return dossiers.of(id);
    }

    private long idOf(String uscc, Integer siteNo) {
        return sites.resolve(uscc, siteNo).id();
    }
}
