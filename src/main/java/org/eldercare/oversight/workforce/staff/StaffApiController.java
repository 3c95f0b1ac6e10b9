package org.eldercare.oversight.workforce.staff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * WRK-1 staff registry for partner systems: hire, list, read, end, import; ID numbers only in request bodies, shown
 * masked, revealed in full only by an audited reveal.
 */
@RestController
@Tag(name = "从业人员")
class StaffApiController {

    private final Hiring hiring;
    private final StaffList list;
    private final StaffDirectory directory;
    private final StaffPeople people;
    private final StaffImport imports;

    StaffApiController(Hiring hiring, StaffList list, StaffDirectory directory, StaffPeople people, StaffImport imports) {
        this.hiring = hiring;
        this.list = list;
        this.directory = directory;
        this.people = people;
        this.imports = imports;
    }

    record EndBody(LocalDate endDate, String reason) {
    }

    record IdNumberBody(String idNumber) {
    }

    record RevealBody(String reason) {
    }

    record Revealed(long employmentId, String idNumber) {
    }

    @PostMapping("/api/v1/institutions/{uscc}/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    @Operation(summary = "录用从业人员：先按公民身份号码核查全国行业禁入名单（记入审计），在禁入期内的拒绝录用；"
            + "role 取 DIRECTOR/MANAGER/CARE_WORKER/SOCIAL_WORKER/DOCTOR/NURSE/COOK/SECURITY/OTHER，careLevel 仅养老护理员填写（FIVE…ONE）")
    StaffDirectory.Card hire(@PathVariable String uscc, @RequestBody Hiring.NewHire body) {
        return directory.card(hiring.hire(uscc, body).id());
    }

    @GetMapping("/api/v1/staff")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    @Operation(summary = "本辖区（机构用户：本机构）从业人员：按区划、岗位、是否持有岗位所需有效证书、在职状态（CURRENT默认/FLAGGED/ENDED/ALL）、"
            + "姓名包含筛选；最新在前，按游标翻页（cursor、size 1–200，默认50）；身份号码和手机号码均脱敏")
    ListPage<StaffList.Staff> staff(@RequestParam(required = false) String region, @RequestParam(required = false) String role,
                                    @RequestParam(required = false) Boolean certified,
                                    @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                                    @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer size) {
        return list.page(new StaffList.Criteria(region, role, certified, status, q), PageCursor.of(cursor, size, 50));
    }

    @GetMapping("/api/v1/staff/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    @Operation(summary = "一名从业人员的一段聘用：人员、岗位、状态变化，以及本人可见范围内的其他聘用")
    StaffDirectory.Record get(@PathVariable long id) {
        return directory.record(id);
    }

    @PostMapping("/api/v1/staff/{id}/end")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    @Operation(summary = "办理离职（离职日期不早于入职、不晚于今天）")
    StaffDirectory.Card end(@PathVariable long id, @RequestBody EndBody body) {
        return directory.card(hiring.end(id, body.endDate(), body.reason()).id());
    }

    @PostMapping("/api/v1/staff/search-by-id-number")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TOWNSHIP','INSPECTOR','INSTITUTION')")
    @Operation(summary = "按公民身份号码（放在请求体中）精确查找本人可见范围内的聘用（盲索引，不解密）")
    List<StaffList.Staff> search(@RequestBody IdNumberBody body) {
        return people.find(people.parse(body.idNumber())).map(p -> list.ofPerson(p.id())).orElse(List.of());
    }

    @PostMapping("/api/v1/staff/{id}/id-number/reveal")
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    @Operation(summary = "查看完整公民身份号码：须填写原因，先记入审计日志再返回；API令牌不可调用")
    Revealed reveal(@PathVariable long id, @RequestBody RevealBody body) {
        return new Revealed(id, people.reveal(id, body.reason()));
    }

    @PostMapping(value = "/api/v1/staff/imports", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SUPERVISOR','INSTITUTION')")
    @Operation(summary = "导入从业人员（CSV：UTF-8或GBK；或Excel）：列为姓名、公民身份号码、手机号码、岗位、护理员等级、入职日期、从业起始年份、"
            + "以往工作单位；institution 为机构统一社会信用代码（机构用户可省略）；有错误行时不导入任何数据并按行号列出，除非 acceptGoodRows=true")
    StaffImport.Outcome importFile(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String institution,
                                   @RequestParam(defaultValue = "false") boolean acceptGoodRows) throws IOException {
        return imports.importFile(institution, file.getBytes(), acceptGoodRows);
    }
}
