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

/** REST API of the institution archive (REG-1, REG-3 discovery), addressed by 统一社会信用代码. */
@RestController
@PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','DEPARTMENT','INSTITUTION')")
@Tag(name = "机构名录与备案")
class InstitutionApiController {

    private final InstitutionService institutions;
    private final InstitutionQueries queries;
    private final InstitutionDossiers dossiers;

    InstitutionApiController(InstitutionService institutions, InstitutionQueries queries, InstitutionDossiers dossiers) {
        this.institutions = institutions;
        this.queries = queries;
        this.dossiers = dossiers;
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

    @GetMapping("/api/v1/institutions/{uscc}")
    @Operation(summary = "机构档案及备案记录")
    InstitutionView get(@PathVariable String uscc) {
        return dossiers.of(idOf(uscc));
    }

    @PutMapping("/api/v1/institutions/{uscc}")
    @Operation(summary = "修改档案（民政监管员），留存修改前后记录")
    InstitutionView update(@PathVariable String uscc, @RequestBody InstitutionInput body) {
        long id = idOf(uscc);
        institutions.update(id, body.facts());
        return dossiers.of(id);
    }

    @PutMapping("/api/v1/institutions/{uscc}/self-report")
    @Operation(summary = "机构自报联系人与床位、人员等信息（机构用户仅限本机构）")
    InstitutionView selfReport(@PathVariable String uscc, @RequestBody InstitutionFacts.SelfReported body) {
        long id = idOf(uscc);
        institutions.updateSelfReported(id, body);
        return dossiers.of(id);
    }

    @GetMapping("/api/v1/institutions/{uscc}/history")
    @Operation(summary = "档案变更记录（修改人、时间、修改前后）")
    List<InstitutionHistory.Change> history(@PathVariable String uscc) {
        return institutions.history(idOf(uscc));
    }

    record Discovery(LocalDate discoveredOn) {
    }

    /** When the REG-3 on-site inspection after a discovery is due. */
    record InspectionDue(String inspectionDue, boolean provisional) {
    }

    @PostMapping("/api/v1/institutions/{uscc}/unfiled-discovery")
    @Operation(summary = "登记发现未备案机构收住老人：20个工作日内现场检查并督促备案")
    InspectionDue discovery(@PathVariable String uscc, @RequestBody Discovery body) {
        Deadline due = institutions.recordUnfiledDiscovery(idOf(uscc), body.discoveredOn());
        return new InspectionDue(due.deadline().toString(), due.provisional());
    }

    private long idOf(String uscc) {
        return institutions.loadReadableByUscc(uscc).id();
    }
}
