package org.eldercare.oversight.credit.listing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.eldercare.oversight.common.Labelled;
import org.eldercare.oversight.common.ListPage;
import org.eldercare.oversight.common.PageCursor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the 失信 list procedure (CRD-3), for the supervisors of the bureau. */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
@Tag(name = "信用监管：失信名单")
class ListingApiController {

    private final ListingService listings;
    private final ListingQueries queries;

    ListingApiController(ListingService listings, ListingQueries queries) {
        this.listings = listings;
        this.queries = queries;
    }

    @PostMapping("/api/v1/credit/listings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "拟列入失信名单：listKind 为 JOINT_PUNISHMENT（联合惩戒）或 CLOSE_WATCH（重点关注），condition 为九项情形之一"
            + "（BEYOND_CHARTER … OTHER_SERIOUS）或 COURT_DEFAULTER，grounds 写明事实和依据")
    ListingView propose(@RequestBody(required = false) ListingService.Proposal body) {
        return ListingView.of(listings.propose(body == null ? new ListingService.Proposal(null, null, null, null) : body));
    }

    @GetMapping("/api/v1/credit/listings")
    @Operation(summary = "本辖区失信名单程序列表（按状态筛选，按键分页；含陈述申辩截止日）")
    ListPage<ListingQueries.Row> list(@RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
                                      @RequestParam(required = false) Integer size) {
        ListingStatus s = Labelled.parseOr(ListingStatus.class, status, "程序状态", null);
        return queries.page(s, PageCursor.of(cursor, size, 50));
    }

    @GetMapping("/api/v1/credit/listings/{id}")
    @Operation(summary = "失信名单程序详情：每一步的操作人、时间、理由，公布记录")
    ListingView get(@PathVariable long id) {
        return ListingView.of(listings.load(id));
    }

    record Notice(LocalDate noticedOn, String how) {
    }

    @PostMapping("/api/v1/credit/listings/{id}/notice")
    @Operation(summary = "送达列入前告知书：自送达次日起按工作日计算陈述申辩期（本地设置，预设5个工作日）")
    ListingView notice(@PathVariable long id, @RequestBody(required = false) Notice body) {
        Notice b = body == null ? new Notice(null, null) : body;
        return ListingView.of(listings.notifySubject(id, b.noticedOn(), b.how()));
    }

    record Objection(String statement, LocalDate receivedOn) {
    }

    @PostMapping("/api/v1/credit/listings/{id}/objection")
    @Operation(summary = "登记陈述申辩（须在陈述申辩期内收到）")
    ListingView objection(@PathVariable long id, @RequestBody(required = false) Objection body) {
        Objection b = body == null ? new Objection(null, null) : body;
        return ListingView.of(listings.recordObjection(id, b.statement(), b.receivedOn()));
    }

    record Review(boolean upheld, String reason) {
    }

    @PostMapping("/api/v1/credit/listings/{id}/review")
    @Operation(summary = "复核陈述申辩：upheld=true 理由成立，不予列入；否则待决定")
    ListingView review(@PathVariable long id, @RequestBody(required = false) Review body) {
        Review b = body == null ? new Review(false, null) : body;
        return ListingView.of(listings.reviewObjection(id, b.upheld(), b.reason()));
    }

    record Decision(boolean include, String reason, String legalReview) {
    }

    @PostMapping("/api/v1/credit/listings/{id}/decision")
    @Operation(summary = "作出决定（县级或市级民政部门）：陈述申辩期届满前拒绝；列入须写明法制审核意见")
    ListingView decide(@PathVariable long id, @RequestBody(required = false) Decision body) {
        Decision b = body == null ? new Decision(false, null, null) : body;
        return ListingView.of(listings.decide(id, b.include(), b.reason(), b.legalReview()));
    }

    record PublicationBody(String channel, LocalDate publishedOn, String reference) {
    }

    @PostMapping("/api/v1/credit/listings/{id}/publications")
    @Operation(summary = "登记公布（每个渠道一次：BUREAU_PORTAL 门户网站、CREDIT_CHINA 信用中国、ENTERPRISE_CREDIT、LOCAL_CREDIT_SITE、"
            + "PROVINCIAL_CREDIT_SYSTEM、NATIONAL_ELDERCARE_SYSTEM）；首次公布即列入名单")
    ListingView publish(@PathVariable long id, @RequestBody(required = false) PublicationBody body) {
        PublicationBody b = body == null ? new PublicationBody(null, null, null) : body;
        return ListingView.of(listings.publish(id, b.channel(), b.publishedOn(), b.reference()));
    }

    record Removal(String ground, String reason) {
    }

    @PostMapping("/api/v1/credit/listings/{id}/removal")
    @Operation(summary = "移出名单：NO_FURTHER_DISHONESTY / OBLIGATIONS_FULFILLED 须列入满期限（第十一条，预设2年）；ERROR_CORRECTION 随时")
    ListingView remove(@PathVariable long id, @RequestBody(required = false) Removal body) {
        Removal b = body == null ? new Removal(null, null) : body;
        return ListingView.of(listings.remove(id, b.ground(), b.reason()));
    }
}
